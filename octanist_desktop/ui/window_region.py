"""The country national phone numbers belong to, as the main window knows it.

Set from Settings or the question asked once above the form (built only
when asked); the form and imports read numbers in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from octanist_desktop.ui.entry_pages import EntryPages
    from octanist_desktop.ui.form.lead_form import LeadForm
    from octanist_desktop.ui.form.region_prompt import RegionPrompt


class WindowRegion:
    """The main window's phone-region side (mixed into ``MainWindow``).

    The question's answer arrives by signal, on ``MainWindow`` itself.
    """

    if TYPE_CHECKING:
        # What the window provides.
        entry_stack: EntryPages
        form: LeadForm
        _default_region: str | None

    @property
    def region_prompt(self) -> RegionPrompt:
        """The first-run question about the phone numbers' country (built when asked)."""
        return self.entry_stack.region_prompt

    @property
    def _region_prompt(self) -> RegionPrompt | None:
        """The country question if it was ever asked (tests check it was not)."""
        return self.entry_stack.built_region_prompt()

    def ask_for_region(self, suggested: str | None = None) -> None:
        """First run with no country for phone numbers: ask, above the form."""
        self.region_prompt.ask(suggested)

    def default_region(self) -> str | None:
        """The country that national phone numbers belong to."""
        return self._default_region

    def set_default_region(self, region: str | None) -> None:
        """The phone region changed in settings: the form and imports use it from now on."""
        self._default_region = region
        self.form.set_default_region(region)
