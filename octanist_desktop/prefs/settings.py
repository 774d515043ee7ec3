"""The app's own preferences (never the API key): the ``app`` section of the settings store."""

from __future__ import annotations

from dataclasses import dataclass

from octanist_desktop.prefs.store import SettingsStore

SECTION = "app"


@dataclass
class AppSettings:
    """Preferences that survive a restart."""

    default_region: str | None = None
    #: The first-run question about the phone numbers' country was answered or put away.
    region_asked: bool = False
    # How deal values are shown (€, $); None: the locale's currency.
    currency: str | None = None

    @classmethod
    def load(cls, store: SettingsStore) -> AppSettings:
        """Read the settings; anything missing or unreadable takes its default."""
        data = store.section(SECTION)
        region = data.get("default_region") if isinstance(data, dict) else None
        asked = data.get("region_asked") if isinstance(data, dict) else None
        currency = data.get("currency") if isinstance(data, dict) else None
        return cls(
            default_region=region if isinstance(region, str) and region else None,
            region_asked=asked is True,
            currency=currency if isinstance(currency, str) and currency.strip() else None,
        )

    def save(self, store: SettingsStore) -> None:
        """Write them (keys a newer version added stay); raises OSError when the disk refuses."""
        store.update(
            SECTION,
            {
                "default_region": self.default_region,
                "region_asked": self.region_asked or None,
                "currency": self.currency,
            },
        )
