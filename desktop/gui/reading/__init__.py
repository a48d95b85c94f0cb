"""The reading room: one open document in a tab, its two panes, its summary and its translation.

`document_tab.DocumentTab` assembles the room: `sentence_view` (a pane of addressable sentences,
built from `sentence_blocks`, with notes from `sentence_notes`), `summary_panel` (rendered with
`summary_html`), `translation_runner` (the worker that streams translations in, whose state is
`translation_state.TranslationState`), `status_progress` (the status bar's progress for the
current tab) and `first_paint` (work that waits until the article is on screen).
"""
