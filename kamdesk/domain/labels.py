"""Enumerations whose members carry a translatable label (for screens, PDF and CLI alike)."""

from __future__ import annotations

import enum

from kamdesk.domain import i18n


class LabelledEnum(enum.StrEnum):
    """A string enum; subclasses give ``_labels`` as ``{member value: QT_TRANSLATE_NOOP(ctx, text)}``
    and ``_context`` as the translation context."""

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return getattr(cls, "_LABELS", {})  # type: ignore[no-any-return]

    @property
    def source_label(self) -> str:
        """The English label (what the catalogue translates)."""
        return self._label_table()[self.value]

    @property
    def label(self) -> str:
        """The label in the current language."""
        return i18n.lookup(self.context(), self.source_label)

    @classmethod
    def context(cls) -> str:
        found = _CONTEXTS.get(cls)
        if found is None:  # looked up once per class: enum attribute lookups are slow
            found = _CONTEXTS[cls] = getattr(cls, "_CONTEXT", cls.__name__)
        return found


_CONTEXTS: dict[type, str] = {}
