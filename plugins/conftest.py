"""Test set-up shared by the plugin packages in this folder.

``plantrack.testing`` is a pytest plugin; pytest only accepts ``pytest_plugins`` in a
top-level conftest, so it is turned on here, once for every package below, whether
pytest starts at the repository's root or inside ``plugins/<name>``. A plugin in its own
repository puts the same line in its root ``conftest.py`` (docs/plugins/testing.md).
"""

pytest_plugins = ["plantrack.testing"]
