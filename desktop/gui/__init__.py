"""PySide6 widgets, dialogs and background workers: the only package that imports Qt."""
