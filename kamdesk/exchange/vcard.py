"""Contacts from vCard files (.vcf) as Outlook, phones and mail programs write them: vCard 2.1,
3.0 and 4.0, quoted-printable with soft line breaks, UTF-8 or Windows-1252, folded lines."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import vobject

from kamdesk.domain import i18n
from kamdesk.domain.contact_import import ContactDraft
from kamdesk.exchange.text_files import read_text

_QP = re.compile(r"ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE[;:]", re.IGNORECASE)


def read(path: Path) -> list[ContactDraft]:
    return parse(read_text(path))


def parse(text: str) -> list[ContactDraft]:
    """One draft per ``BEGIN:VCARD … END:VCARD``; a card that cannot be read becomes a draft with
    an error (so the preview can name it) instead of stopping the whole file."""
    drafts: list[ContactDraft] = []
    for number, (line, card) in enumerate(_cards(text), start=1):
        where = (
            i18n.translate("ContactImport", "entry %1 (line %2)").replace("%1", str(number)).replace("%2", str(line))
        )
        draft = ContactDraft(where)
        try:
            component = vobject.readOne(card, ignoreUnreadable=False)
        except Exception as error:  # noqa: BLE001 - vobject raises many kinds; each becomes a listed problem
            draft.errors.append(i18n.translate("ContactImport", "Cannot be read: %1").replace("%1", _first_line(error)))
            drafts.append(draft)
            continue
        _fill(draft, component)
        drafts.append(draft)
    return drafts


def _cards(text: str) -> list[tuple[int, str]]:
    """(first line number, text) of each card, with quoted-printable soft breaks joined."""
    cards: list[tuple[int, str]] = []
    current: list[str] | None = None
    start = 0
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        # quoted-printable: a line ending in '=' continues on the next line (a soft line break)
        while _QP.search(line.split(":", 1)[0] + ":") and line.endswith("=") and index + 1 < len(lines):
            index += 1
            line = line[:-1] + lines[index]
        stripped = line.strip()
        if stripped.upper() == "BEGIN:VCARD":
            current, start = [stripped], index + 1
        elif current is not None:
            current.append(line)
            if stripped.upper() == "END:VCARD":
                cards.append((start, "\r\n".join(current) + "\r\n"))
                current = None
        index += 1
    if current is not None:  # a last card without END:VCARD
        cards.append((start, "\r\n".join([*current, "END:VCARD"]) + "\r\n"))
    return cards


def _fill(draft: ContactDraft, card: Any) -> None:
    contents = card.contents
    name = _text(contents, "fn")
    if not name and "n" in contents:
        n = contents["n"][0].value
        parts = [getattr(n, attr, "") for attr in ("prefix", "given", "additional", "family", "suffix")]
        name = " ".join(" ".join(p) if isinstance(p, list) else str(p) for p in parts if p).strip()
    draft.name = " ".join(name.split())
    draft.title = _text(contents, "title") or _text(contents, "role")
    org = contents.get("org")
    if org:
        value = org[0].value
        parts = value if isinstance(value, list) else [str(value)]
        draft.company = parts[0].strip() if parts else ""
        draft.department = " / ".join(p.strip() for p in parts[1:] if p.strip())
    draft.email = _preferred(contents.get("email", []))
    phone = _preferred(contents.get("tel", []))
    draft.phone = phone[4:] if phone.lower().startswith("tel:") else phone


def _text(contents: dict[str, list[Any]], key: str) -> str:
    values = contents.get(key)
    if not values:
        return ""
    value = values[0].value
    return (", ".join(value) if isinstance(value, list) else str(value)).strip()


def _preferred(lines: list[Any]) -> str:
    """The value marked preferred or work, else the first one."""

    def score(line: Any) -> int:
        types = {t.lower() for value in line.params.get("TYPE", []) for t in value.split(",")}
        types |= {p.lower() for p in line.singletonparams} if hasattr(line, "singletonparams") else set()
        return ("pref" in types or "PREF" in line.params) * 2 + ("work" in types)

    if not lines:
        return ""
    best = max(lines, key=score)
    return str(best.value).strip()


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
