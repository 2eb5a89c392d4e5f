"""Models for the applications section: built in its own issue on top of the foundation."""
