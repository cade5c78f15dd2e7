"""Reading text files written by other programs: UTF-8 (with or without BOM), UTF-16 with BOM,
or Windows-1252 as older Outlook versions write them."""

from __future__ import annotations

from pathlib import Path

from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError


def read_text(path: Path) -> str:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(i18n.translate("ContactImport", "%1: no such file.").replace("%1", str(path))) from None
    except IsADirectoryError:
        raise InputError(i18n.translate("ContactImport", "%1 is a folder.").replace("%1", str(path))) from None
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise InputError(i18n.translate("ContactImport", "%1: not a text file.").replace("%1", str(path)))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
