"""Start-up stays lean: what the first window doesn't need is imported on first use.

Each check runs in a fresh interpreter, because this test process has long
since imported everything. A new eager import of one of these modules (they
cost 20–60 ms each at start-up) makes the first check fail.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.fresh_python import run_script

# Loaded by the first use of: the HTTP client, a vCard, the booth PIN
# (OpenSSL's libcrypto, 3 MiB), the History tab, booth mode, the sandbox,
# the phone field's country list, Event ▸ Export presets…, Custom data's
# text view.
LOADED_ON_USE = (
    "requests",
    "vobject",
    "_hashlib",
    "octanist_desktop.ui.history.view",
    "octanist_desktop.ui.booth.booth_mode",
    "http.server",
    "octanist_desktop.ui.form.country_list",  # the phone field's list of countries
    "octanist_desktop.ui.booth.preset_transfer",  # Event ▸ Export/Import presets…
    "octanist_desktop.ui.form.json_editor",  # Custom data's text view ("Edit as text")
)
# Loaded by the validation warm-up after the window is shown (or the first check).
LOADED_BY_WARM_UP = ("phonenumbers", "email_validator")
# Loaded later by the sender's thread (outcomes) or an export, never by the first window.
NOT_AT_START = (
    "octanist_desktop.core.outcomes",
    "octanist_desktop.store.export",
    "subprocess",  # only the blocking keyring helper uses it; the window uses QProcess
    "PySide6.QtNetwork",  # never: other launches knock with a file in the data folder
    # The import's column readers, and email.utils (socket, calendar) under them.
    "octanist_desktop.importing.column_mapping",
    "email.utils",
    "decimal",  # money in History and the plan's usage
    "html",  # a duplicate hint's link
    "octanist_desktop.core.phone_countries",  # the country names, with the list below
)

SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

LAZY = %(lazy)r + ("keyring",)
def loaded():
    return sorted(name for name in LAZY if name in sys.modules)

report = {}
from octanist_desktop.config import AppConfig
from octanist_desktop.session import DesktopSession
report["after_import"] = loaded()
app = QApplication(sys.argv[:1])
data_dir = Path(sys.argv[1])
session = DesktopSession(AppConfig(api_url="https://octanist.com/api", data_dir=data_dir))
report["after_session"] = loaded()

# Validation right as the warm-up starts: both import the same modules at once.
from octanist_desktop import tasks
from octanist_desktop.session import start_warm_up
from octanist_desktop.core.validation import validate
start_warm_up("NL")
result = validate({"email": "Ann@Example.com ", "phone": "020 123 4567"}, default_region="NL")
report["payload"] = {k: result.payload.get(k) for k in ("email", "phone")}
report["errors"] = dict(result.errors)
tasks.shutdown(30_000)  # joins the warm-up
report["second_warm_up"] = start_warm_up("NL") is not None

uses = {
    "requests": lambda: session.client_factory("key-0123456789").close(),
    # Read on the task pool: joined before looking.
    "vobject": lambda: session.window.import_actions.paste_vcard(
        "BEGIN:VCARD\\r\\nVERSION:3.0\\r\\nFN:Ann Example\\r\\n"
        "EMAIL:ann@example.com\\r\\nEND:VCARD\\r\\n"
    ) and tasks.shutdown(30_000),
    "_hashlib": lambda: PinHash.create("2468").matches("2468"),
    "octanist_desktop.ui.history.view": lambda: session.window.show_tab(1),
    "octanist_desktop.ui.booth.booth_mode": lambda: session.event_kit.booth,
    "octanist_desktop.ui.form.country_list": lambda: session.window.findChild(
        QToolButton, "phoneCountry"
    ).open_list(),
    "octanist_desktop.ui.form.json_editor": lambda: session.window.findChild(
        QPushButton, "customDataToggle"
    ).click(),
    # With no presets yet it only says so: no file dialog.
    "octanist_desktop.ui.booth.preset_transfer": (
        lambda: session.event_kit.export_presets_action.trigger()
    ),
}
from octanist_desktop.core.booth_pin import PinHash
for name, use in uses.items():
    use()
    report["after_" + name] = name in sys.modules
# The keyring is only ever used by the helper process.
report["keyring_backend"] = session.keystore.backend_name()
report["keyring_loaded"] = "keyring" in sys.modules
session.shutdown()
sandbox = DesktopSession(
    AppConfig(api_url="https://octanist.com/api", data_dir=data_dir, sandbox=True)
)
report["after_http.server"] = "http.server" in sys.modules
sandbox.shutdown()
print(json.dumps(report))
"""


def test_heavy_modules_wait_until_first_use(tmp_path: Path) -> None:
    """Building the session loads none of them; using each feature loads its own."""
    script = SCRIPT % {"lazy": LOADED_ON_USE + LOADED_BY_WARM_UP + NOT_AT_START}
    done = run_script(script, str(tmp_path), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])

    assert report["after_import"] == []
    assert report["after_session"] == []
    # The warm-up changes when the libraries load, never what validation says.
    assert report["payload"] == {"email": "Ann@example.com", "phone": "+31201234567"}
    assert report["errors"] == {}
    assert report["second_warm_up"] is False
    for name in LOADED_ON_USE:
        assert report[f"after_{name}"] is True, name
    assert report["keyring_backend"] == "none (no usable system keyring) (in its own process)"
    assert report["keyring_loaded"] is False


SOURCES_KEPT = """
import json, linecache, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from octanist_desktop.config import AppConfig
from octanist_desktop.session import DesktopSession
app = QApplication(sys.argv[:1])
before = sorted(f for f in linecache.cache if "octanist_desktop" in f)
session = DesktopSession(AppConfig(api_url="https://octanist.com/api", data_dir=Path(sys.argv[1])))
after = sorted(f for f in linecache.cache if "octanist_desktop" in f)
session.shutdown()
print(json.dumps({"before": len(before), "after": after}))
"""


def test_the_sources_pyside_read_at_import_are_not_kept(tmp_path: Path) -> None:
    # PySide6 reads each module's source into linecache (to look for
    # ``__feature__``); before the session let go of it, ~3 MiB stayed.
    done = run_script(
        SOURCES_KEPT, str(tmp_path), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["before"] > 0  # PySide still reads them; if it stops, this can go
    assert report["after"] == []


PASTE_BEFORE_WARM_UP = """
import json, sys, threading, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from octanist_desktop.config import AppConfig
from octanist_desktop.session import DesktopSession

imported_on_gui_thread = {}

class Watch:
    # Sees each first import of the two libraries, and on which thread it happens.
    def find_spec(self, name, path=None, target=None):
        if name in ("phonenumbers", "email_validator"):
            imported_on_gui_thread[name] = threading.current_thread() is threading.main_thread()
        return None

app = QApplication(sys.argv[:1])
session = DesktopSession(AppConfig(api_url="https://octanist.com/api", data_dir=Path(sys.argv[1])))
sys.meta_path.insert(0, Watch())
actions = session.window.import_actions
filled = []
actions.formFilled.connect(lambda: filled.append(session.window.form.values()))
# No warm-up has run: the paste comes first.
assert actions.paste_vcard(
    "BEGIN:VCARD\\r\\nVERSION:3.0\\r\\nFN:Ann Example\\r\\n"
    "EMAIL:ann@example.com\\r\\nTEL;TYPE=CELL:+31 6 1234 5678\\r\\nEND:VCARD\\r\\n"
)
deadline = time.monotonic() + 30
while actions.is_reading_paste() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
values = filled[0] if filled else {}
print(json.dumps({
    "imported_on_gui_thread": imported_on_gui_thread,
    "filled": {key: values.get(key) for key in ("name", "email", "phone")},
}))
session.shutdown()
"""


def test_a_paste_before_the_warm_up_loads_the_checks_off_the_gui_thread(tmp_path: Path) -> None:
    """The form checks a pasted card at once: their libraries load on the pool, not the GUI.

    Importing phonenumbers and email-validator takes ~100 ms; done by the
    form's check on the GUI thread, it froze the window that long.
    """
    done = run_script(
        PASTE_BEFORE_WARM_UP, str(tmp_path), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])

    assert report["filled"] == {
        "name": "Ann Example",
        "email": "ann@example.com",
        "phone": "+31 6 1234 5678",
    }
    assert report["imported_on_gui_thread"] == {"phonenumbers": False, "email_validator": False}
