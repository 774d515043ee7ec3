"""``octanist-desktop --self-test``: does this installation have everything it needs?

A frozen build can lose pieces silently: a Qt platform plugin, a system
library the xcb plugin links, SQLite's trigram tokenizer, keyring's backend
entry points, the TLS CA bundle, phonenumbers' metadata. Each check here
exercises one of them for real, prints ``ok  <check>`` or
``FAIL <check>: <reason>``, and the exit code is 0 only if every check passed.

Runs headless: without a display it uses Qt's offscreen platform. It never
reads or writes the keyring (no unlock prompt can appear) and never reaches
the network: the lead round trip goes to the built-in sandbox on loopback.
"""

from __future__ import annotations

import importlib
import os
import platform
import queue
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from octanist_desktop import __version__

#: A check that can hang (a D-Bus service that never answers) fails after this long.
CHECK_TIMEOUT_S = 20.0


class CheckFailed(Exception):
    """A check found something missing or broken; the message says what."""


@dataclass(frozen=True, slots=True)
class Check:
    """One named check. ``run`` returns a short detail or raises."""

    name: str
    run: Callable[[], str]
    timeout_s: float = CHECK_TIMEOUT_S


@dataclass(frozen=True, slots=True)
class CheckResult:
    """How one check went: ``detail`` is the reason when it failed."""

    name: str
    passed: bool
    detail: str
    seconds: float


# -- running ------------------------------------------------------------------------


def _run_with_timeout(check: Check) -> str:
    """Run ``check`` on a daemon thread so a hung D-Bus call cannot hang the self-test."""
    answers: queue.Queue[tuple[bool, str]] = queue.Queue(maxsize=1)

    def work() -> None:
        try:
            answers.put((True, check.run()))
        except BaseException as exc:  # report every failure, whatever its type
            answers.put((False, _describe(exc)))

    threading.Thread(target=work, name=f"self-test {check.name}", daemon=True).start()
    try:
        passed, detail = answers.get(timeout=check.timeout_s)
    except queue.Empty:
        raise CheckFailed(f"no answer within {check.timeout_s:g} s") from None
    if not passed:
        raise CheckFailed(detail)
    return detail


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if isinstance(exc, CheckFailed):
        return text or "failed"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def run_check(check: Check, *, on_main_thread: bool = False) -> CheckResult:
    """Run one check and say how it went. Never raises.

    Qt objects must be created on the main thread, so Qt checks run there
    (they cannot hang on a service); the others get a thread and a timeout.
    """
    started = time.perf_counter()
    try:
        detail = check.run() if on_main_thread else _run_with_timeout(check)
        passed = True
    except BaseException as exc:  # a self-test reports, it doesn't crash
        if isinstance(exc, KeyboardInterrupt):
            raise
        passed, detail = False, _describe(exc)
    return CheckResult(check.name, passed, detail, time.perf_counter() - started)


def format_result(result: CheckResult) -> str:
    """``ok  <name> (<detail>)`` or ``FAIL <name>: <reason>``."""
    if result.passed:
        return f"ok  {result.name}" + (f" ({result.detail})" if result.detail else "")
    return f"FAIL {result.name}: {result.detail}"


def run_checks(
    checks: Sequence[Check], out: TextIO, *, main_thread_checks: frozenset[str] = frozenset()
) -> int:
    """Run ``checks`` in order, print one line each and a summary; 0 if all passed."""
    failed = 0
    for check in checks:
        result = run_check(check, on_main_thread=check.name in main_thread_checks)
        failed += not result.passed
        print(format_result(result), file=out, flush=True)
    if failed:
        print(f"self-test FAILED: {failed} of {len(checks)} checks failed", file=out, flush=True)
        return 1
    print(f"self-test passed: {len(checks)} checks", file=out, flush=True)
    return 0


# -- the environment ----------------------------------------------------------------


def has_display() -> bool:
    """Whether a window could be shown (on Linux: an X or Wayland display is set)."""
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def choose_platform() -> str | None:
    """Use Qt's offscreen platform when there is no display and none was asked for.

    Returns the platform asked for, or None when Qt picks its default.
    """
    if not os.environ.get("QT_QPA_PLATFORM") and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    requested = os.environ.get("QT_QPA_PLATFORM", "")
    # "xcb;offscreen" is a fallback list, "offscreen:fontengine=..." carries options.
    return requested.split(";", 1)[0].split(":", 1)[0] or None


def _native_platform() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    return "xcb"


def required_platform_plugins() -> tuple[str, ...]:
    """The platform plugins every build must carry: offscreen plus the native one."""
    return ("offscreen", _native_platform())


# -- Qt ---------------------------------------------------------------------------------

_qt_app: object = None  # the QApplication, kept alive for the icon check


def _plugin_file(platforms_dir: Path, name: str) -> Path | None:
    for candidate in platforms_dir.glob(f"*q{name}.*"):
        if candidate.suffix in {".so", ".dll", ".dylib"}:
            return candidate
    return None


def is_frozen() -> bool:
    """Whether this is the packaged app (PyInstaller) rather than a source checkout."""
    return bool(getattr(sys, "frozen", False))


def _load_error(plugin: Path) -> str | None:
    """Why Qt can't load ``plugin`` (a missing system library, usually), or None if it can.

    Loading the library without creating anything from it resolves every
    library it links: for xcb the whole libxcb-* set, where Qt's own start-up
    error blames xcb-cursor0 whichever one is missing.
    """
    from PySide6.QtCore import QPluginLoader

    loader = QPluginLoader(str(plugin))
    return None if loader.load() else loader.errorString()


def check_qt_platform_plugins() -> str:
    """Offscreen and the native platform plugin are there and load; a QApplication starts.

    The packaged app must be able to load every plugin it ships, since the
    package's Depends promise their system libraries. A source checkout only
    has to have them: a headless CI machine may lack the X11 libraries.
    """
    global _qt_app
    platform_name = choose_platform()
    from PySide6.QtCore import QLibraryInfo, qVersion

    plugins_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    platforms_dir = plugins_dir / "platforms"
    found: dict[str, Path] = {}
    for name in required_platform_plugins():
        plugin = _plugin_file(platforms_dir, name)
        if plugin is None:
            raise CheckFailed(f"no {name} platform plugin in {platforms_dir}")
        found[name] = plugin
    notes = []
    if is_frozen():
        shipped = sorted(p for p in plugins_dir.rglob("*") if p.suffix in {".so", ".dll", ".dylib"})
        for plugin in shipped:
            error = _load_error(plugin)
            if error is not None:
                raise CheckFailed(f"{plugin.relative_to(plugins_dir)} does not load: {error}")
        notes.append(f"all {len(shipped)} plugins load")
    else:
        for name, plugin in found.items():
            error = _load_error(plugin)
            if error is not None and name == "offscreen":
                raise CheckFailed(f"the offscreen plugin does not load: {error}")
            if error is not None:
                notes.append(f"{name} does not load here: {error}")
    if platform_name and _plugin_file(platforms_dir, platform_name) is None:
        raise CheckFailed(f"QT_QPA_PLATFORM asks for {platform_name!r}, which is not installed")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _qt_app = app
    running = QApplication.platformName()
    if platform_name and running != platform_name:
        raise CheckFailed(f"asked for the {platform_name} platform, got {running!r}")
    notes.append(f"running {running}")
    return f"Qt {qVersion()}, {', '.join(found)} in {platforms_dir}; {'; '.join(notes)}"


def check_fonts_and_icon() -> str:
    """Fontconfig finds a font (else Qt draws boxes) and the app icon renders from its SVG.

    Importing the composition root on the way proves every module of the app
    (the UI, vCard import, ...) made it into a frozen build.
    """
    from PySide6.QtGui import QColor, QFontDatabase, QIcon

    if _qt_app is None:
        raise CheckFailed("skipped: no QApplication (the Qt check failed)")
    families = QFontDatabase.families()
    if not families:
        raise CheckFailed("no fonts found (install fonts-dejavu-core)")
    from octanist_desktop.app import RESOURCES

    svg = RESOURCES / "octanist-desktop.svg"
    if not svg.is_file():
        raise CheckFailed(f"{svg} is missing")
    icon = QIcon(str(svg))
    image = icon.pixmap(64, 64).toImage()
    if image.isNull():
        raise CheckFailed("the SVG icon does not render (Qt's svg icon engine plugin is missing)")
    centre = QColor(image.pixel(image.width() // 2, image.height() // 4))
    if centre.alpha() == 0:
        raise CheckFailed("the SVG icon renders empty")
    return f"{len(families)} font families; icon {image.width()}x{image.height()}"


def check_translations() -> str:
    """Each language's compiled translation loads and speaks, with Qt's own beside it."""
    from PySide6.QtCore import QTranslator

    from octanist_desktop.ui import language

    found = []
    for code in language.LANGUAGES:
        app_file = language.app_translation(code)
        translator = QTranslator()
        if not translator.load(str(app_file)):
            raise CheckFailed(f"{app_file} is missing or unreadable (run make, or lrelease)")
        said = translator.translate("SettingsDialog", "Lan&guage:")
        if code != "en" and not said:
            raise CheckFailed(f"{app_file.name} does not translate Settings' Language label")
        if code != "en":
            qt_file = language.qt_translations_dir() / f"qtbase_{code}.qm"
            if not QTranslator().load(str(qt_file)):
                raise CheckFailed(f"Qt's own {qt_file.name} is missing from {qt_file.parent}")
        found.append(code)
    return ", ".join(found)


# -- everything that is not Qt ------------------------------------------------------


def check_sqlite() -> str:
    """The lead database opens in a temp dir and SQLite has FTS5 with trigram."""
    from octanist_desktop.store.database import open_database

    with tempfile.TemporaryDirectory(prefix="octanist-self-test-") as tmp:
        conn = open_database(Path(tmp) / "data")
        try:
            try:
                conn.execute("CREATE VIRTUAL TABLE temp.probe USING fts5(x, tokenize='trigram')")
            except sqlite3.OperationalError as exc:
                raise CheckFailed(
                    f"SQLite {sqlite3.sqlite_version} has no FTS5 trigram: {exc}"
                ) from exc
            conn.execute("INSERT INTO temp.probe(x) VALUES ('Jansen Installatietechniek')")
            (hits,) = conn.execute(
                "SELECT count(*) FROM temp.probe WHERE probe MATCH 'tallat'"
            ).fetchone()
        finally:
            conn.close()
    if hits != 1:
        raise CheckFailed("trigram search found nothing")
    return f"SQLite {sqlite3.sqlite_version}, FTS5 trigram"


#: What the Secret Service backend imports; keyring hides their absence as "not viable".
_SECRET_SERVICE_NEEDS = ("secretstorage", "jeepney", "cryptography.hazmat.primitives.ciphers")

_EXPECTED_KEYRING = {
    "linux": "keyring.backends.SecretService",
    "win32": "keyring.backends.Windows",
    "darwin": "keyring.backends.macOS",
}


def check_keyring() -> str:
    """keyring finds its OS backend through its entry points. Never reads a password.

    On Linux the Secret Service backend must be installed with what it imports
    (secretstorage, jeepney, cryptography); whether a Secret Service is
    running is reported, not required: that is the desktop's business, not
    the installation's.
    """
    import keyring.backend

    rings = keyring.backend.get_all_keyring()
    names = sorted(type(ring).__module__.rsplit(".", 1)[-1] for ring in rings)
    expected = _EXPECTED_KEYRING.get(sys.platform)
    if expected is None:
        return f"viable: {', '.join(names) or 'none'}"
    short = expected.rsplit(".", 1)[-1]
    if any(type(ring).__module__ == expected for ring in rings):
        return f"{short} (running); viable: {', '.join(names)}"
    backend = sys.modules.get(expected)
    if backend is None:
        raise CheckFailed(f"{short} backend was not found (keyring's entry points are missing)")
    if not sys.platform.startswith("linux"):
        raise CheckFailed(f"{short} backend is not usable here")
    for module in _SECRET_SERVICE_NEEDS:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise CheckFailed(f"the Secret Service backend cannot work: {exc}") from None
    try:
        backend.Keyring.priority  # noqa: B018 -- evaluating it asks D-Bus, and says why not
    except Exception as exc:  # the backend's own words for why it can't be used here
        reason = str(exc) or type(exc).__name__
    else:
        reason = "it appeared after keyring looked"
    return f"{short} backend present; no Secret Service here ({reason})"


def check_keyring_process() -> str:
    """The app starts itself as its keyring helper and gets an answer. Never reads a password."""
    from octanist_desktop.secrets.keyring_process import KeyringProcess, process_command
    from octanist_desktop.secrets.keystore import KeyStoreError

    command = " ".join(
        Path(part).name if n == 0 else part for n, part in enumerate(process_command())
    )
    try:
        backend = KeyringProcess().backend()
    except KeyStoreError as exc:
        raise CheckFailed(f"{command}: {exc.message}") from None
    return f"{command} answered: {backend}"


def check_tls_bundle() -> str:
    """certifi's CA bundle is there and requests can load it for verification."""
    import ssl

    import certifi
    import requests.adapters
    import urllib3
    from urllib3.util.ssl_ import create_urllib3_context

    bundle = Path(certifi.where())
    if not bundle.is_file():
        raise CheckFailed(f"CA bundle missing: {bundle}")
    # requests' own check: it refuses a verify=True request when the bundle is gone.
    pool = urllib3.HTTPSConnectionPool("octanist.invalid")
    try:
        adapter = requests.adapters.HTTPAdapter()
        adapter.cert_verify(pool, "https://octanist.invalid/", True, None)  # type: ignore[no-untyped-call]
    finally:
        pool.close()
    context = create_urllib3_context()
    context.load_verify_locations(cafile=pool.ca_certs)
    authorities = len(context.get_ca_certs())
    if authorities < 50:
        raise CheckFailed(f"only {authorities} certificate authorities in {bundle}")
    return f"{authorities} CAs from {bundle.name}, {ssl.OPENSSL_VERSION}"


def check_phonenumbers() -> str:
    """Phone metadata is there: a Dutch and a Belgian number parse and format."""
    import phonenumbers

    dutch = phonenumbers.parse("020 123 4567", "NL")
    belgian = phonenumbers.parse("+32 470 12 34 56", None)
    if not (phonenumbers.is_valid_number(dutch) and phonenumbers.is_valid_number(belgian)):
        raise CheckFailed("valid numbers read as invalid: metadata is missing")
    formatted = phonenumbers.format_number(dutch, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if formatted != "+31 20 123 4567":
        raise CheckFailed(f"020 123 4567 formatted as {formatted!r}")
    e164 = phonenumbers.format_number(belgian, phonenumbers.PhoneNumberFormat.E164)
    if e164 != "+32470123456":
        raise CheckFailed(f"+32 470 12 34 56 formatted as {e164!r}")
    # An import reads a row's country ("Deutschland", "Autriche") to pick its phone
    # region: Babel's CLDR files must be in the build too.
    from octanist_desktop.core.countries import NAME_LANGUAGES, region_for

    for name, region in (("Deutschland", "DE"), ("Autriche", "AT"), ("België", "BE")):
        if region_for(name) != region:
            raise CheckFailed(f"the country {name} read as {region_for(name)!r}, not {region}")
    return (
        f"{formatted}; {len(phonenumbers.SUPPORTED_REGIONS)} regions; "
        f"country names in {len(NAME_LANGUAGES)} languages"
    )


def check_email_validator() -> str:
    """email-validator normalises an address (IDN included) and refuses a broken one."""
    from email_validator import EmailNotValidError, validate_email

    checked = validate_email("Anna.de.Vries@Café.Example", check_deliverability=False)
    if checked.ascii_domain != "xn--caf-dma.example":
        raise CheckFailed(f"IDN domain became {checked.ascii_domain!r}")
    try:
        validate_email("anna@@example.nl", check_deliverability=False)
    except EmailNotValidError:
        return checked.normalized
    raise CheckFailed("anna@@example.nl was accepted")


def check_lead_round_trip() -> str:
    """A lead goes through the built-in sandbox over loopback HTTP and is delivered."""
    from octanist_desktop.core.outcomes import Delivered
    from octanist_desktop.net.client import OctanistClient
    from octanist_desktop.sandbox.server import SandboxServer

    lead = {"name": "Self-test", "email": "self-test@example.nl", "phone": "+31201234567"}
    with SandboxServer(port=0) as server:
        client = OctanistClient(server.url, server.api_key, connect_timeout=5, read_timeout=10)
        try:
            outcome = client.post_lead(lead)
        finally:
            client.close()
        received = server.leads
    if not isinstance(outcome, Delivered):
        raise CheckFailed(f"the sandbox answered {type(outcome).__name__}")
    if len(received) != 1:
        raise CheckFailed(f"the sandbox holds {len(received)} leads, expected 1")
    return f"Delivered {outcome.lead_id}"


QT_CHECKS = frozenset({"Qt platform plugins", "Fonts and app icon"})


def all_checks() -> tuple[Check, ...]:
    """Every check, in the order they run (Qt first: it picks the platform)."""
    return (
        Check("Qt platform plugins", check_qt_platform_plugins),
        Check("Fonts and app icon", check_fonts_and_icon),
        Check("Translations", check_translations),
        Check("SQLite", check_sqlite),
        Check("Keyring backends", check_keyring),
        Check("Keyring process", check_keyring_process),
        Check("TLS CA bundle", check_tls_bundle),
        Check("Phone number metadata", check_phonenumbers),
        Check("Email validation", check_email_validator),
        Check("Lead round trip via the sandbox", check_lead_round_trip),
    )


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print the results, return the process exit code."""
    out = out or sys.stdout
    how = "frozen" if is_frozen() else "from source"
    print(
        f"octanist-desktop {__version__} self-test ({how}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()})",
        file=out,
        flush=True,
    )
    return run_checks(all_checks(), out, main_thread_checks=QT_CHECKS)
