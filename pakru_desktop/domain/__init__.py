"""Plain-Python core: vocabularies, fuzzy dates, validation rules and error types.

Nothing here imports Qt or SQLAlchemy, so every other layer can depend on it.
"""
