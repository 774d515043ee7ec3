"""Render the main window, the confirmation after a lead, the history tab, a lead's card
after the call (its outcomes), the import preview and booth mode into docs/screenshots/,
the window at the size it takes on a 1280×720 screen (booth mode at a 1366×768 one's).

``--language nl`` (or ``de``) shows the app in that language, with the demo
event and what the salesperson types in Dutch, and writes to
``docs/screenshots/<language>/``, the outcome dialog as well.

Run under Xvfb.

make screenshots
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

# Screenshots never touch a real keyring (an unlock prompt would hang Xvfb).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from octanist_desktop.config import AppConfig
from octanist_desktop.core.booth_pin import PinHash
from octanist_desktop.core.deal import OutcomeDraft, Stage
from octanist_desktop.core.presets import EventPreset, PresetLibrary, Question, QuestionKind
from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.prefs.presets_store import PresetStore
from octanist_desktop.prefs.settings import AppSettings
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.session import DesktopSession
from octanist_desktop.ui import language
from octanist_desktop.ui.history.outcome_dialog import OutcomeDialog
from octanist_desktop.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
# What the window gets on a 1280×720 laptop: the screen less its title bar and borders.
LAPTOP = (1264, 680)

# Earlier in the day at the booth: what the History tab shows below the leads above.
BOOTH_DAY = [
    ("Marieke de Vries", "marieke.devries@bakker-logistiek.nl", "+31612345678",
     "Bakker Logistiek B.V.", "Head of Operations", "Jan Visser", "Wants a route planning demo."),
    ("Pieter Jansen", "p.jansen@hollandtechniek.nl", "+31302345678",
     "Holland Techniek", "Inkoper", "Lotte Bos", ""),
    ("Sophie Müller", "sophie.mueller@kraftwerk-gmbh.de", "+4915112345678",
     "Kraftwerk GmbH", "Marketing Managerin", "Lotte Bos", "Bitte Angebot für 20 Lizenzen."),
    ("Noor Hendriks", "noor.hendriks@hendriks-zonen.nl", "+31655443322",
     "Hendriks & Zonen Installatietechniek", "Projectleider", "Jan Visser", ""),
    # She came back with her CFO: the same email, so History marks the pair.
    ("Marieke de Vries", "marieke.devries@bakker-logistiek.nl", "+31612345678",
     "Bakker Logistiek B.V.", "Head of Operations", "Lotte Bos", "Came back with her CFO."),
]  # fmt: skip

DEMO_LEADS = [
    {
        "name": "Anna de Vries",
        "email": "anna@example.nl",
        "phone": "+31201234567",
        "utm_source": "expo",
        "utm_medium": "booth",
        "utm_campaign": "expo-ams-2026",
    },
    {"name": "Ben Okafor", "email": "ben.okafor@example.com", "note": "Wants a demo in March"},
    {"name": "Chloé Martin", "phone": "+33612345678", "custom": {"interest": "enterprise"}},
    {"email": "noreply@", "name": "Bad address"},  # refused by the sandbox: shows an error row
]


# A lead-retrieval export as they come: a title above the table, a country
# column, a phone that doesn't fit its country, a placeholder, a footer.
DEMO_IMPORT = """ExpoScan Lead Retrieval Report;;;;;;;;;
Event: Packaging Expo Amsterdam 2026;;;;;;;;;
;;;;;;;;;
Badge ID;Attendee;First Name;Last Name;Company;Email;Phone;Mobile;Country;Notes
100234;4471;Eva;Visser;Visser Verpakking;eva@visser.example;020 765 4321;;Nederland;Wants samples
100235;4472;Klaus;Wagner;Wagner Logistik;k.wagner@wagner.example;;0171 2345678;Deutschland;
100236;4473;Léa;Martin;Emballages Martin;mailto:lea@emballages.example;;06 12 34 56 78;France;
100237;4474;Lukas;Huber;Alpenholz GmbH;N/A;;0612345678;Österreich;Number from a Dutch list?
100238;4475;Sophie;Lambert;Atelier Lumière;sophie@atelier.example;01 23 45 67 89 poste 204;;
;;;;;;;;;
Total leads: 5;;;;;;;;;
© 2026 ExpoScan B.V. — Generated 2026-05-02 17:45;;;;;;;;;
"""


def wait(app: QApplication, ms: int) -> None:
    """Let the event loop run for a while (sender, repaint).

    A nested QEventLoop, not app.exec()/quit(): Qt 6's quit() closes every window.
    """
    del app
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


#: The event the booth screenshots show: what visitors are asked, and one question for staff.
EXPO = EventPreset(
    "Expo Amsterdam 2026",
    utm_source="expo-amsterdam",
    utm_medium="booth",
    note_prefix="[Expo AMS]",
    questions=(
        Question(
            "looking_for",
            "What brings you to our stand?",
            QuestionKind.CHOICE,
            ("Lead capture", "CRM integration", "Just looking"),
        ),
        Question("call_back", "Shall we call you next week?", QuestionKind.YES_NO),
        Question("temperature", "How warm is this lead?", QuestionKind.RATING, staff_only=True),
    ),
)
#: The same event as a Dutch team would set it up (``--language nl``).
EXPO_NL = EventPreset(
    "Expo Amsterdam 2026",
    utm_source="expo-amsterdam",
    utm_medium="booth",
    note_prefix="[Expo AMS]",
    questions=(
        Question(
            "looking_for",
            "Wat brengt u naar onze stand?",
            QuestionKind.CHOICE,
            ("Leads vastleggen", "CRM-koppeling", "Even rondkijken"),
        ),
        Question("call_back", "Zullen we u volgende week bellen?", QuestionKind.YES_NO),
        Question("temperature", "Hoe warm is deze lead?", QuestionKind.RATING, staff_only=True),
    ),
)
#: What the salesperson types, in the screenshots' language.
TYPED = {
    "en": {
        "title": "Head of Marketing",
        "note": "Met at the booth; follow up next week.",
        "qualified": "Wants 40 seats",
        "lost": "Went with a competitor",
        "won": "Signed at the booth, 38 seats",
    },
    "nl": {
        "title": "Hoofd marketing",
        "note": "Gesproken op de stand; volgende week nabellen.",
        "qualified": "Wil 40 licenties",
        "lost": "Gekozen voor een concurrent",
        "won": "Getekend op de stand, 38 licenties",
    },
}
SAID = TYPED["en"]
#: A laptop screen at a trade show.
BOOTH_SIZE = (1366, 768)


def prepare_booth(data_dir: Path) -> None:
    """An active event preset and a booth PIN, as staff would have set them up."""
    data_dir.mkdir(parents=True, exist_ok=True)
    PresetStore(SettingsStore(data_dir)).save(PresetLibrary((EXPO,)))
    settings = EventSettings(staff_member="Sam")
    settings.booth_pin = PinHash.create("2468")
    settings.save(SettingsStore(data_dir))


def grab_booth(app: QApplication, session: DesktopSession) -> None:
    """Booth mode's visitor screen, half filled in, and the thank-you that follows it."""
    window = session.window
    session.event_kit.choose_preset(EXPO.name)
    booth = session.event_kit.booth
    booth.request_enter()
    # Full screen is the Xvfb screen's size; show the laptop's instead.
    window.showNormal()
    window.resize(*BOOTH_SIZE)
    screen = booth.screen
    screen.field("name").setText("Marieke de Vries")
    screen.field("email").setText("marieke@example.nl")
    answer = screen.question_input("looking_for")
    answer.buttons()[0].click()  # type: ignore[union-attr]
    screen.consent_rows()[0].box.setChecked(True)
    wait(app, 600)
    window.grab().save(str(OUT / "booth-visitor.png"))
    booth.thank_you_timer.setInterval(60_000)
    screen.submit()
    wait(app, 400)
    window.grab().save(str(OUT / "booth-thank-you.png"))
    booth.leave()


def main(argv: list[str] | None = None) -> int:
    """Fill a sandbox session with demo leads and grab both tabs and booth mode."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=sorted(language.LANGUAGES), default="en")
    args = parser.parse_args(argv)
    global OUT, EXPO, SAID
    if args.language != "en":
        OUT = OUT / args.language
    if args.language == "nl":
        EXPO = EXPO_NL
    SAID = TYPED.get(args.language, TYPED["en"])
    app = QApplication(sys.argv[:1])
    # As a salesperson in that language's home country would see it (dates, numbers).
    home = {"en": "en_GB", "nl": "nl_NL", "de": "de_DE"}[args.language]
    language.install(args.language, app, system=QLocale(home))
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # A salesperson in the Netherlands: national numbers are Dutch.
        AppSettings(default_region="NL", region_asked=True).save(
            SettingsStore(Path(tmp) / "sandbox")
        )
        prepare_booth(Path(tmp) / "sandbox")
        session = DesktopSession(
            AppConfig(api_url="https://octanist.com/api", data_dir=Path(tmp), sandbox=True)
        )
        assert session.sandbox is not None
        session.sandbox.set_reject_rule("name", "^Bad")
        session.start()
        window = session.window
        for name, email, phone, company, title, staff, note in BOOTH_DAY:
            second_visit = window.save_lead(
                {
                    "name": name,
                    "email": email,
                    "phone": phone,
                    "note": note,
                    "custom": {
                        "company": company,
                        "title": title,
                        "event": "Vakbeurs Utrecht 2026",
                        "staff_member": staff,
                        "capture_method": "booth",
                    },
                    "utm_source": "vakbeurs",
                    "utm_medium": "booth",
                    "ad_storage": True,
                    "ad_user_data": True,
                    "ad_personalization": False,
                    "analytics_storage": True,
                }
            )
        for lead in DEMO_LEADS:
            # The path Ctrl+Enter takes once the form has validated a lead.
            window.save_lead(
                {
                    **lead,
                    "ad_storage": True,
                    "ad_user_data": True,
                    "ad_personalization": False,
                    "analytics_storage": True,
                }
            )
        window.resize(*LAPTOP)
        wait(app, 1500)
        grab_confirmation(app, window)
        window.form.set_values(
            {
                "name": "Dana Kim",
                "email": "dana@",
                "phone": "06 1234 5678",
                "company": "Kim & Co",
                "title": SAID["title"],
                "note": SAID["note"],
                "custom": '{"seats": "40", "budget": "10k EUR"}',
            }
        )
        window.form.refresh_messages()
        wait(app, 600)
        window.grab().save(str(OUT / "main-window.png"))
        window.show_tab(1)
        # Marieke de Vries's second visit: the card names her first one.
        window.show_lead_in_history(second_visit)
        wait(app, 600)
        window.grab().save(str(OUT / "history.png"))
        grab_after_the_call(app, session)
        if args.language != "en":  # the translated set shows a dialog too
            grab_outcome_dialog(app, window, session.currency)
        grab_import_preview(app, window, Path(tmp))
        window.show_tab(0)
        window.form.clear_for_next_lead()
        grab_booth(app, session)
        session.shutdown()
    names = (
        "main-window",
        "confirmation",
        "history",
        "history-outcome",
        *(("outcome-dialog",) if args.language != "en" else ()),
        "import-preview",
        "booth-visitor",
        "booth-thank-you",
    )
    print(f"wrote {', '.join(f'{name}.png' for name in names)} to {OUT}")
    return 0


def grab_confirmation(app: QApplication, window: MainWindow) -> None:
    """A lead typed from the keyboard, Ctrl+Enter, and the line that says it was delivered."""
    window.show_form()
    form = window.form
    # Typed key by key into each field (Xvfb has no window manager to give focus).
    for key, text in (
        ("name", "Marieke de Vries"),
        ("email", "marieke@example.nl"),
        ("phone", "06 1234 5678"),
    ):
        QTest.keyClicks(form.input_widget(key), text)
    form.submit()  # what Ctrl+Enter does
    wait(app, 1500)
    window.grab().save(str(OUT / "confirmation.png"))


def grab_after_the_call(app: QApplication, session: DesktopSession) -> None:
    """History's card for a lead qualified, then won, and read back from Octanist."""
    window = session.window
    actions = window.outcome_actions
    sandbox = session.sandbox
    assert actions is not None
    assert sandbox is not None
    currency = session.currency

    def mark(name: str, draft: OutcomeDraft) -> None:
        select_by_name(window, name)
        actions.ask = lambda _who, _stage, _previous: draft
        actions.mark(draft.stage)

    mark(
        "Anna de Vries",
        OutcomeDraft(Stage.QUALIFIED, Decimal(12500), SAID["qualified"], "", currency),
    )
    mark("Ben Okafor", OutcomeDraft(Stage.LOST, None, "", SAID["lost"], currency))
    mark(
        "Anna de Vries",
        OutcomeDraft(Stage.WON, Decimal(11800), SAID["won"], "", currency),
    )
    wait(app, 2000)  # the sender delivers them, after their leads
    anna = next(r for r in sandbox.records if r.get("name") == "Anna de Vries")
    # Someone at Octanist sees which campaign brought Anna in.
    sandbox.change_lead(str(anna["id"]), campaign="Expo Amsterdam 2026")
    assert session.refresher is not None
    loop = QEventLoop()
    session.refresher.refreshed.connect(loop.quit)
    QTimer.singleShot(20_000, loop.quit)
    session.refresher.refresh_now()
    loop.exec()
    select_by_name(window, "Anna de Vries")
    wait(app, 600)
    window.grab().save(str(OUT / "history-outcome.png"))


def grab_outcome_dialog(app: QApplication, window: MainWindow, currency: str) -> None:
    """The dialog Ctrl+Shift+W opens: a deal won, its value being typed."""
    dialog = OutcomeDialog("Anna de Vries", Stage.WON, currency=currency, parent=window)
    dialog.value.setText("11800")
    dialog.show()
    wait(app, 400)
    dialog.grab().save(str(OUT / "outcome-dialog.png"))
    dialog.done(0)


def select_by_name(window: MainWindow, name: str) -> None:
    """Select the History row of the lead called ``name``."""
    view = window.history_view
    view.model.refresh()
    for row in range(view.model.rowCount()):
        lead = view.model.lead_at(row)
        if lead is not None and lead.name == name:
            view.table.selectRow(row)
            return
    raise LookupError(name)


def grab_import_preview(app: QApplication, window: MainWindow, tmp: Path) -> None:
    """The import dialog on a messy export, at the size of a small laptop screen."""
    window.form.set_preset(EventPreset("Packaging Expo 2026", utm_source="expo"))
    source = tmp / "expo-leads.csv"
    source.write_text(DEMO_IMPORT, encoding="utf-8")
    dialog = window.import_actions.open_import(source)
    assert dialog is not None
    dialog.resize(1280, 720)
    loop = QEventLoop()
    dialog.previewReady.connect(loop.quit)
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    dialog.preview_view.selectRow(3)
    wait(app, 600)
    dialog.grab().save(str(OUT / "import-preview.png"))
    dialog.done(0)


if __name__ == "__main__":
    sys.exit(main())
