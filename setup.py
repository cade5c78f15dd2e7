"""Packaging glue that pyproject.toml cannot express: the top-level resources/ folder
ships inside the package as ``kamdesk.resources`` (layout fixed in docs/architecture.md)."""

from setuptools import find_packages, setup

resource_packages = ["kamdesk.resources"] + [
    "kamdesk.resources." + name for name in find_packages("resources")
]
setup(
    packages=find_packages(include=["kamdesk", "kamdesk.*"]) + resource_packages,
    package_dir={"kamdesk.resources": "resources"},
)
