"""Typesetting and PDF writing under the PDF export (`desktop.core.export.pdf_export`).

Nothing here knows about exports: bidi levels (`bidi`), fonts through HarfBuzz (`typeface`),
shaped paragraphs and their text layer (`shaping`), lines (`line_breaking`), paragraphs in the
bundled fonts (`typesetting`), pages (`flow`, `canvas`, `table`), and the file format itself
(`font_resources`, `pdf_file`).
"""
