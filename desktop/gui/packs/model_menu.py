"""Translation ▸ Model: which installed model translates each direction.

"Best installed" (the default) follows what is installed: OPUS-MT big, then the smaller OPUS-MT,
then argos. A chosen model is remembered per direction (`MODEL_AR_EN`, `MODEL_EN_AR`); the tabs
listen for that setting. The menu is filled each time it opens, so it always shows what is
installed now (a scan of two folders, no model loaded).
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from desktop.gui.bidi import isolate
from desktop.gui.packs.labels import format_size, pair_label
from desktop.gui.settings import MODEL_CHOICES, Settings


def model_label(info: Any) -> str:
    """ "OPUS-MT big (219 MB)" or "argos (53 MB)": the kind, the release and its size."""
    kind = "OPUS-MT" if info.kind == "opus-mt" else "argos"
    return f"{kind} {isolate(info.version)} ({format_size(info.size)})"


class ModelMenu(QMenu):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Model"))
        self.setObjectName("model_menu")
        self.settings = settings
        self.aboutToShow.connect(self.fill)

    def fill(self, models: list[Any] | None = None) -> None:
        """One section per direction: Best installed, then each installed model, best first."""
        if models is None:
            from desktop.core.translation.models import list_models

            models = list_models()
        self.clear()
        for (from_code, to_code), option in MODEL_CHOICES.items():
            section = self.addSection(pair_label(from_code, to_code))
            section.setObjectName(f"model_section_{from_code}_{to_code}")
            group = QActionGroup(self)
            here = [m for m in models if (m.from_code, m.to_code) == (from_code, to_code)]
            choices: list[tuple[str, str, Any]] = [("", self.tr("Best Installed"), None)]
            for index, info in enumerate(here):
                quality = self.tr("Best") if index == 0 else self.tr("Fast")
                choices.append((info.model_id, f"{quality}: {model_label(info)}", info))
            current = self.settings[option]
            if current and current not in {m.model_id for m in here}:
                current = ""  # the chosen model is gone: the best one translates
            for model_id, label, info in choices:
                action = QAction(label, self)
                action.setCheckable(True)
                action.setChecked(model_id == current)
                action.setData(model_id)
                action.triggered.connect(functools.partial(self._choose, option, model_id))
                if info is not None:
                    action.setToolTip(isolate(info.quality_note))
                group.addAction(action)
                self.addAction(action)
            if not here:
                none = self.addAction(self.tr("No model installed"))
                none.setEnabled(False)

    def _choose(self, option: Any, model_id: str) -> None:
        self.settings[option] = model_id
