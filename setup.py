"""Installs resources/ (icons, style sheet) as app/resources in a built wheel.

Everything else is in pyproject.toml; an editable install reads resources/ in place.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    """Copy the top-level resources/ folder into the built app package."""

    def run(self) -> None:
        super().run()
        source = Path(__file__).parent / "resources"
        target = Path(self.build_lib) / "app" / "resources"
        for path in source.rglob("*"):
            if path.is_file() and path.suffix in {".svg", ".qss", ".qm", ".png"}:
                dest = target / path.relative_to(source)
                dest.parent.mkdir(parents=True, exist_ok=True)
                self.copy_file(str(path), str(dest))


setup(cmdclass={"build_py": BuildWithResources})
