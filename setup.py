"""Packages for setuptools: pyproject.toml cannot add `resources/` (kept at the top of the
repository) to the wheel as the package `kpidesk.resources`, so this does."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["kpidesk", "kpidesk.*"]), "kpidesk.resources"],
    package_dir={"kpidesk.resources": "resources"},
    package_data={"kpidesk.resources": ["**/*"], "kpidesk.store.migrations": ["*.mako"]},
)
