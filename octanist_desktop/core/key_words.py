"""Every sentence the app says about the API key, in one place.

Lower layers store some of these with a lead (the reason it was not sent),
the window and the settings dialog show the others. Code never compares a
message with these: it branches on ``core.states`` instead.
"""

from __future__ import annotations

from octanist_desktop.core.states import ConnectionState, KeySource
from octanist_desktop.core.words import QT_TRANSLATE_NOOP

# -- why a lead was not sent (stored as the lead's last error) ---------------

NO_KEY = QT_TRANSLATE_NOOP(
    "KeyWords",
    "No API key is set. Open Settings and paste the API key from your Octanist account; "
    "leads wait in the outbox until then.",
)
MALFORMED_KEY = QT_TRANSLATE_NOOP(
    "KeyWords",
    "The API key contains spaces or characters an Octanist key can't have. Open Settings "
    "and paste the key from your Octanist account again.",
)
REFUSED_KEY = QT_TRANSLATE_NOOP(
    "KeyWords",
    "Octanist did not accept the API key ({said}). Open Settings and paste the API "
    "key from your Octanist account again; leads wait in the outbox until then.",
)

# -- the status bar ----------------------------------------------------------

#: The connection line's tooltip while there is no key.
NO_KEY_SHORT = QT_TRANSLATE_NOOP("KeyWords", "No API key is set.")
CONNECTING = QT_TRANSLATE_NOOP("KeyWords", "Connecting to Octanist…")
CONNECTED = QT_TRANSLATE_NOOP("KeyWords", "Connected to Octanist.")

#: While leads wait and no answer has come yet (the state is still UNKNOWN).
SENDING_TEXT = QT_TRANSLATE_NOOP("KeyWords", "● Sending…")

CONNECTION_TEXT = {
    # Nothing sent and nothing checked yet: there is no connection to speak of.
    ConnectionState.UNKNOWN: QT_TRANSLATE_NOOP("KeyWords", "● Ready"),
    ConnectionState.ONLINE: QT_TRANSLATE_NOOP("KeyWords", "● Online"),
    ConnectionState.OFFLINE: QT_TRANSLATE_NOOP(
        "KeyWords", "● Offline — leads are kept and sent when the connection returns"
    ),
    # Not "refused": no key was ever sent.
    ConnectionState.NO_KEY: QT_TRANSLATE_NOOP(
        "KeyWords", "● No API key yet — open Settings (Ctrl+,)"
    ),
    ConnectionState.KEY_REFUSED: QT_TRANSLATE_NOOP("KeyWords", "● API key refused — open Settings"),
}

#: The status bar's note on where the key came from ("" says nothing).
KEY_SOURCE_LABELS = {
    KeySource.KEYRING: "",
    KeySource.SESSION: QT_TRANSLATE_NOOP("KeyWords", "API key: this session only (not saved)"),
    KeySource.ENVIRONMENT: QT_TRANSLATE_NOOP(
        "KeyWords", "API key: from OCTANIST_API_KEY (not saved)"
    ),
    KeySource.SANDBOX: QT_TRANSLATE_NOOP("KeyWords", "Sandbox"),
    # The connection line already says "No API key yet"; once is enough.
    KeySource.NONE: "",
}

KEY_WAITING_LABEL = QT_TRANSLATE_NOOP("KeyWords", "API key: waiting for the system keyring…")
KEY_WAITING_MESSAGE = QT_TRANSLATE_NOOP(
    "KeyWords",
    "The system keyring hasn't answered yet; it may be asking you to unlock it. "
    "Leads you enter are saved and sent once it answers. Or open Settings (Ctrl+,) "
    "and use your key for this session only.",
)

# -- the settings dialog -----------------------------------------------------

ENVIRONMENT_NOTE = QT_TRANSLATE_NOOP(
    "KeyWords", "Using OCTANIST_API_KEY from the environment for this run; it is not saved."
)
SESSION_NOTE = QT_TRANSLATE_NOOP(
    "KeyWords", "This key is used for this session only; it is not saved."
)
SANDBOX_NOTE = QT_TRANSLATE_NOOP(
    "KeyWords",
    "You are trying the built-in sandbox: leads stay on this computer and are never sent "
    "to Octanist. It has a key of its own. To send real leads, leave the sandbox and "
    "enter your Octanist API key.",
)
CHECK_ACCEPTED = QT_TRANSLATE_NOOP("KeyWords", "✔ Key accepted by Octanist")
CHECK_REFUSED = QT_TRANSLATE_NOOP(
    "KeyWords", "✖ Octanist refused this key (401). Copy it again from Octanist → Settings → API."
)
