"""Reusable input widgets: fuzzy dates, sector tags, participants."""
