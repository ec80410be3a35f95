"""An entry point that cannot be imported."""

raise ImportError("fixture: this plugin cannot be imported")
