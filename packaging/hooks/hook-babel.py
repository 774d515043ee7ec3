"""Babel with only the CLDR files the import reads (see octanist_desktop/core/countries.py).

Replaces the stock hook, which collects every locale (about 30 MB): the app
reads country names in ``NAME_LANGUAGES`` only, plus the parents Babel
merges them with (root, and "no" under "nb") and the global code tables.
"""

from PyInstaller.utils.hooks import collect_data_files

# The same list as core.countries.NAME_LANGUAGES (tests/test_packaging.py checks it).
NAME_LANGUAGES = ("en", "nl", "de", "fr", "es", "it", "pt", "pl", "da", "sv", "nb", "fi", "cs")
_PARENTS = ("root", "no")
_FILES = [f"locale-data/{name}.dat" for name in (*NAME_LANGUAGES, *_PARENTS)]

# The CLDR files are pickles holding babel.dates.DateTimePattern,
# babel.numbers.NumberPattern and babel.plural.PluralRule objects: unpickling
# imports those modules, which no import statement shows PyInstaller. The stock
# hook this file replaces listed babel.dates; without it the frozen app's country
# lookup fails with "No module named 'babel.dates'" (the self-test's phone check).
hiddenimports = ["babel.dates", "babel.numbers", "babel.plural"]

datas = collect_data_files("babel", includes=["global.dat", "locale-data/LICENSE*", *_FILES])
