"""Language packs in the GUI: the dialog, its lists, the banner over a pane with no pack, the
worker tasks that install, download and remove, the app-wide "packs changed" signal, and the
labels (language and pair names, sizes) other rooms show without loading the pack machinery.
"""
