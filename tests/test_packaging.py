"""Packaging: every package is listed, resources ship inside the wheel, entry points work."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "pakru_desktop").rglob("__init__.py")
    }
    assert found | {"pakru_desktop.resources"} == listed


def test_pyside6_is_pinned_below_the_broken_release():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in config["project"]["dependencies"] if d.startswith("PySide6-Essentials")]
    assert pins == ["PySide6-Essentials>=6.9,<6.12"]


@pytest.mark.slow
def test_a_wheel_installed_elsewhere_finds_its_seed_data(tmp_path):
    """``pip install .`` (not editable) into a fresh venv, run from another folder."""
    wheels = tmp_path / "wheels"
    # Built from a copy: building in the checkout would leave build/ and *.egg-info in it.
    source = tmp_path / "source"
    skipped = (".git", ".venv", "build", "*.egg-info", "__pycache__", ".hypothesis", ".*_cache")
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*skipped))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("pakru_desktop-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    # Dependencies come from the test run's site-packages, listed after the venv's own, so
    # the package itself is the wheel's copy (checked below) and nothing is downloaded.
    (own_site,) = (env_dir / "lib").glob("python3*/site-packages")
    (own_site / "test-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("PAKRU_DB", None)
    where = subprocess.run(
        [str(python), "-c", "import pakru_desktop; print(pakru_desktop.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(env_dir))
    out = tmp_path / "csv"

    def pakru(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(env_dir / "bin" / "pakru"), *argv],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
        )

    # An export never creates a database: on a fresh machine it says there is none yet.
    refused = pakru("export", "--out", str(out))
    assert refused.returncode == 2 and "There is no database" in refused.stderr
    assert not out.exists() or not any(out.iterdir())
    listed = pakru("list", "events")
    assert listed.returncode == 0, listed.stderr
    assert (tmp_path / "data" / "pakru-desktop" / "pakru.sqlite3").exists()
    result = pakru("export", "--out", str(out))
    assert result.returncode == 0, result.stderr
    evidence = (out / "evidence.csv").read_text(encoding="utf-8").splitlines()
    assert len(evidence) > 24
    # The window's catalogues and icons travel in the wheel.
    shipped = subprocess.run(
        [str(python), "-c", "from pakru_desktop.resource_files import resource as r; "
         "print(all(r(*p).is_file() for p in (('translations', 'pakru_ru.qm'), "
         "('translations', 'pakru_ur.qm'), ('translations', 'pakru_en.qm'), "
         "('icons', 'back.svg'), ('icons', 'kind-event.svg'))))"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert shipped.stdout.strip() == "True", shipped.stderr
