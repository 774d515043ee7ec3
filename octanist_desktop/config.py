"""What the command line decided, and the data folder a session keeps its leads in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class AppConfig:
    """What the command line decided."""

    api_url: str
    data_dir: Path
    sandbox: bool = False


def session_folder(config: AppConfig) -> Path:
    """The data folder a session keeps its leads in: the sandbox has its own."""
    return config.data_dir / "sandbox" if config.sandbox else config.data_dir
