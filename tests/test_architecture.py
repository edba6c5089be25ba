"""The layer contracts in pyproject.toml hold (import-linter), and __all__ is honest."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import attrition

REPO = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint), str(REPO / "pyproject.toml")],
        cwd=REPO, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_public_names_resolve() -> None:
    assert attrition.__all__ == sorted(attrition.__all__)
    for name in attrition.__all__:
        assert getattr(attrition, name) is not None


def test_cli_start_up_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys; from attrition.cli import main; main.get_command(None, 'losses');"
        "heavy = {'pandas', 'numpy', 'matplotlib', 'scipy', 'ruptures', 'httpx'} & set(sys.modules);"
        "print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_face_is_held_to_the_faces_contract() -> None:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (faces,) = [c for c in contracts if c["name"].startswith("Faces import only")]
    package = REPO / "src" / "attrition"
    present = {f"attrition.{name}" for name in ("cli", "api", "web", "server")
               if (package / name).is_dir() or (package / f"{name}.py").is_file()}
    assert "attrition.cli" in present
    assert present <= set(faces["source_modules"])
