"""Taking a document elsewhere: the Export dialog and its messages, printing and PDF, and the
clipboard. What goes into an export is decided by `desktop.core.export`; this room asks for the
file, runs the export off the GUI thread and says what happened.
"""
