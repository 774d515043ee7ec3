# The two commands a fresh clone needs: `make run` and `make test`.
# Both create or refresh .venv from pyproject.toml first.

VENV := .venv
PY := $(VENV)/bin/python
# The interpreter that creates .venv (3.11 or newer): `make run PYTHON=python3.12`.
PYTHON ?= python3
export PYTHON
export LANG ?= C.UTF-8

.PHONY: run test lint typecheck sandbox bench venv clean screenshots translations

venv:
	@sh scripts/ensure-venv

# The translations: .ts sources in git, .qm built from them here (scripts/translations.py).
TS_FILES := $(wildcard octanist_desktop/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

%.qm: %.ts | venv
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After changing user-visible text: refresh the .ts files (new text is marked unfinished).
translations: venv
	$(PY) scripts/translations.py update

# Before the window: the system libraries Qt's xcb plugin needs (installed as root,
# else the one apt-get line to run), instead of Qt's abort. Skipped off X11.
run: venv $(QM_FILES)
	@$(PY) -S scripts/qt_system_libs.py
	$(PY) -m octanist_desktop $(ARGS)

sandbox: venv
	$(PY) -m octanist_desktop.sandbox $(ARGS)

# The tests run Qt offscreen, which needs GLib, EGL, fontconfig… on a bare machine too.
test: venv $(QM_FILES)
	@$(PY) -S scripts/qt_system_libs.py --qpa offscreen
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# Shell that CI and the release jobs run; the workflows' run: steps are shellchecked by actionlint.
SHELL_SCRIPTS := scripts/ensure-venv scripts/install-system-deps .ci/run \
	packaging/test-deb-in-chroot.sh packaging/test-first-run-in-chroot.sh packaging/macos/make-dmg.sh

lint: venv
	@test -x $(VENV)/bin/actionlint -a -x $(VENV)/bin/shellcheck || { \
		echo "Installing actionlint and ShellCheck into .venv (log: build/lint-tools.log)"; \
		mkdir -p build; \
		$(PY) -m pip install --disable-pip-version-check -e '.[lint]' >build/lint-tools.log 2>&1 \
			|| { tail -n 15 build/lint-tools.log; exit 1; }; }
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" actionlint
	$(VENV)/bin/shellcheck --severity=warning $(SHELL_SCRIPTS)

typecheck: venv
	$(VENV)/bin/mypy octanist_desktop

bench: venv $(QM_FILES)
	@$(PY) -S scripts/qt_system_libs.py --qpa offscreen
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# Needs Xvfb and Qt's xcb libraries: installed as root, else the command is printed.
screenshots: venv $(QM_FILES)
	@$(PY) -S scripts/qt_system_libs.py --for-xvfb
	env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" \
		sh -c '$(PY) scripts/screenshots.py && $(PY) scripts/screenshots.py --language nl'

# The installer: the frozen app (PyInstaller, dist/octanist-desktop/) and a Debian
# package (dist/octanist-desktop_<version>_<arch>.deb), then the size report
# against a frozen PySide6 hello world. See packaging/README.md.
# `sh packaging/test-deb-in-chroot.sh` (as root) installs and runs the .deb on a fresh Debian.
.PHONY: package
package: venv $(QM_FILES)
	@$(PY) -c 'import PyInstaller' 2>/dev/null || $(PY) -m pip install --quiet -e '.[dev,package]'
	$(PY) packaging/build.py
	$(PY) packaging/size_report.py
