"""Data that ships with the app: the seed dataset, its source texts, icons."""
