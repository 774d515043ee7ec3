"""The GitHub workflows agree with the files they run (they can't run here; actionlint checks
their syntax in ``make lint``, these tests their agreement with the repository).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
RELEASE = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
TESTS = (WORKFLOWS / "tests.yml").read_text(encoding="utf-8")
ISS = (ROOT / "packaging" / "windows" / "octanist-desktop.iss").read_text(encoding="utf-8")
MAKE_DMG = (ROOT / "packaging" / "macos" / "make-dmg.sh").read_text(encoding="utf-8")
PACKAGING_README = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")

_REPO_PATH = re.compile(r"(?:packaging|scripts|\.github|tests)[\\/][\w./\\-]+")


def _steps(workflow: str) -> list[str]:
    """Each step's text, job by job (a step starts with ``- `` at the steps' indent)."""
    jobs = re.split(r"\n(?=  [\w-]+:\n)", workflow.split("\njobs:\n", 1)[1])
    return [step for job in jobs for step in re.split(r"\n(?=      - )", job)[1:]]


@pytest.mark.parametrize("name", ["release.yml", "tests.yml"])
def test_every_repository_file_a_workflow_names_exists(name: str) -> None:
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    named = {match.rstrip(".").replace("\\", "/") for match in _REPO_PATH.findall(text)}
    assert named, "the pattern found no paths at all"
    assert sorted(p for p in named if "*" not in p and not (ROOT / p).exists()) == []


def test_the_windows_job_uploads_the_file_inno_setup_writes() -> None:
    assert "OutputBaseFilename=octanist-desktop-{#AppVersion}-setup" in ISS
    assert "#ifndef AppVersion" in ISS  # so the workflow's /DAppVersion wins
    assert '"/DAppVersion=$env:VERSION"' in RELEASE
    assert "dist\\octanist-desktop-$env:VERSION-setup.exe" in RELEASE
    assert "path: dist/octanist-desktop-*-setup.exe" in RELEASE


def test_the_macos_job_uploads_the_dmg_make_dmg_writes_for_its_architecture() -> None:
    assert 'DMG="dist/octanist-desktop-$VERSION-macos-$ARCH.dmg"' in MAKE_DMG
    assert "path: dist/octanist-desktop-*-macos-${{ matrix.arch }}.dmg" in RELEASE
    arches = re.findall(r"- runner: (\S+)\n\s+arch: (\S+)", RELEASE)
    assert sorted(arch for _, arch in arches) == ["arm64", "x86_64"]


def test_every_built_app_is_launched_before_it_is_uploaded() -> None:
    for job in ("windows", "macos"):
        body = RELEASE.split(f"\n  {job}:\n", 1)[1].split("\n  debian:\n", 1)[0]
        smoke = body.find("smoke_test.py")
        upload = body.rfind("actions/upload-artifact")
        assert -1 < smoke < upload, job
    # make-dmg.sh smoke-tests the signed .app, the job the app inside the .dmg.
    assert "packaging/smoke_test.py" in MAKE_DMG
    assert "make package" in RELEASE  # build.py runs the same smoke test on the Linux build


def test_signing_steps_run_only_when_their_secret_exists() -> None:
    secrets = set(re.findall(r"secrets\.(\w+)", RELEASE))
    assert {"WINDOWS_CERTIFICATE", "MACOS_CERTIFICATE", "APPLE_ID"} <= secrets
    for step in _steps(RELEASE):
        if "${{ secrets." in step:
            assert re.search(r"if: .*env\.HAVE_\w+ == 'true'", step), step.splitlines()[0]
    for have in ("HAVE_WINDOWS_CERT", "HAVE_MACOS_CERT", "HAVE_NOTARY"):
        assert f"env.{have} != 'true'" in RELEASE, f"no warning when {have} is false"


def test_every_secret_is_documented_where_a_maintainer_looks() -> None:
    header = RELEASE.split("\nname:", 1)[0]
    for secret in set(re.findall(r"secrets\.(\w+)", RELEASE)):
        assert secret in header, f"{secret} is not listed at the top of release.yml"
        assert secret in PACKAGING_README, f"{secret} is not in packaging/README.md"


def test_only_linux_runs_the_real_keyring_test() -> None:
    assert TESTS.count("-m 'not real_keyring'") + TESTS.count('-m "not real_keyring"') == 2
    assert "os: [ubuntu-latest, windows-latest, macos-latest]" in TESTS
    assert "QT_QPA_PLATFORM: offscreen" in TESTS
