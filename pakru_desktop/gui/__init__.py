"""The desktop app: Qt widgets, models and dialogs over the services (no SQL here)."""
