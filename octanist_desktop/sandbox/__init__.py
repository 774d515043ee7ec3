"""A local Octanist-compatible Leads API server for demos and tests (stdlib only).

Run it with ``python -m octanist_desktop.sandbox``; use it from Python as
``SandboxServer``.
"""

from octanist_desktop.sandbox.faults import FAULTS
from octanist_desktop.sandbox.server import (
    DEFAULT_API_KEY,
    ReceivedLead,
    SandboxServer,
    SeenRequest,
)

__all__ = ["DEFAULT_API_KEY", "FAULTS", "ReceivedLead", "SandboxServer", "SeenRequest"]
