"""Models for the events section: built in its own issue on top of the foundation."""
