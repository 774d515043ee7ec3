"""Which language the app speaks, and installing its translations at start-up.

The user's choice in Settings (``prefs.language``), else the system's
languages in order of preference, else English. ``OCTANIST_LANGUAGE``
overrides both for one run (``pseudo`` gives the pseudo-translation, see
``ui.pseudo_locale``). Only the chosen language's files are loaded: the
app's compiled ``.qm`` (from ``octanist_desktop/translations/*.ts``, built
by ``scripts/translations.py``) and Qt's own ``qtbase`` file for standard
buttons and dialogs. English loads a small file too: it holds the plural
forms ("1 lead" / "3 leads").

A language chosen in Settings also sets the locale numbers, dates and
currencies are written in: that language as spoken in the system's
country ("de" on a Belgian system is de_BE). Following the system keeps
the system's locale as it is — except the C locale of a machine set up
for no one (a server, CI), which gets British English's 24-hour times and
day-first dates rather than C's bare ISO forms. A change applies at the
next start.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

#: The languages the app is translated into, by code, named in themselves.
LANGUAGES: dict[str, str] = {"en": "English", "nl": "Nederlands", "de": "Deutsch"}
PSEUDO = "pseudo"
#: Overrides Settings and the system for one run: "nl", "de", "en" or "pseudo".
ENVIRONMENT_VARIABLE = "OCTANIST_LANGUAGE"
#: Where the compiled .qm files sit, in a checkout and in the frozen app alike.
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
APP_FILE_PREFIX = "octanist_"


def resolve(choice: str | None, system: QLocale | None = None) -> str:
    """The language to speak: ``choice`` when it is one we have, else the system's, else "en"."""
    if choice in LANGUAGES or choice == PSEUDO:
        return str(choice)
    for name in (system or QLocale.system()).uiLanguages():  # "nl-BE", "de", "en-US", "C"
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """``language`` as spoken in the system's country (Qt picks its home country if unknown)."""
    system = system or QLocale.system()
    wanted = QLocale(language).language()
    return QLocale(wanted, system.territory())


def app_translation(language: str) -> Path:
    """The app's compiled translation for ``language``."""
    return TRANSLATIONS_DIR / f"{APP_FILE_PREFIX}{language}.qm"


def qt_translations_dir() -> Path:
    """Where Qt's own .qm files are (the PySide6 wheel's, or the frozen app's copy)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


@dataclass
class InstalledLanguage:
    """What ``install`` did, so that ``uninstall`` (tests) can undo it."""

    code: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)


def install(
    choice: str | None = None,
    app: QCoreApplication | None = None,
    *,
    system: QLocale | None = None,
) -> InstalledLanguage:
    """Install the translators for ``choice`` (or the environment's or system's language).

    ``system`` stands in for the system's locale (tests). Missing files are
    logged and skipped: the app then speaks English, which is better than
    not starting.
    """
    app = app or QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    system = system or QLocale.system()
    choice = os.environ.get(ENVIRONMENT_VARIABLE) or choice
    code = resolve(choice, system)
    installed = InstalledLanguage(code)
    if code == PSEUDO:
        from octanist_desktop.ui.pseudo_locale import PseudoTranslator

        installed.translators.append(PseudoTranslator())
    else:
        _load(installed, app_translation(code))
        if code != "en":
            _load(installed, qt_translations_dir() / f"qtbase_{code}.qm")
    for translator in installed.translators:
        app.installTranslator(translator)
    if choice in LANGUAGES:
        QLocale.setDefault(locale_for(code, system))
    elif system.language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _INSTALLED.append(installed)
    log.info("language: %s (%d translation files)", code, len(installed.translators))
    return installed


def spoken() -> str:
    """The language the app speaks now ("en" before ``install``, and for the pseudo-locale).

    For what Qt doesn't translate but the app names: country names (CLDR).
    """
    code = _INSTALLED[-1].code if _INSTALLED else "en"
    return code if code in LANGUAGES else "en"


def uninstall(installed: InstalledLanguage) -> None:
    """Remove ``installed``'s translators and give the locale back."""
    app = QCoreApplication.instance()
    for translator in installed.translators:
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(installed.previous_locale)
    if installed in _INSTALLED:
        _INSTALLED.remove(installed)


def _load(installed: InstalledLanguage, path: Path) -> None:
    translator = QTranslator()
    if translator.load(str(path)):
        installed.translators.append(translator)
    else:
        log.warning("no translation file %s; that part stays in English", path)


# Installed translators must outlive the call that installed them: Qt holds no reference.
_INSTALLED: list[InstalledLanguage] = []
