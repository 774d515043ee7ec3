"""phonenumbers without the tables the app never reads (see freeze_rules.EXCLUDED_MODULES).

Replaces the stock hook, which hidden-imports every submodule, the 45 MB of
place-name, carrier and time-zone data included. Region metadata is imported
by name at run time, so it still has to be listed here.
"""

from freeze_rules import excluded
from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not excluded(name))
