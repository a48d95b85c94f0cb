"""Qt-free pipeline: loading, cleaning, segmentation, translation, summary, export.

Nothing under this package may import PySide6; the GUI adapts it.
"""
