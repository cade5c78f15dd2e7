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
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(i18n.translate("ContactImport", "%1: not a text file.").replace("%1", str(path)))
    return decode(data)[0]


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file, and the name of its encoding: UTF-16 with BOM, UTF-8 (with or without
    BOM), else Windows-1252 (what German Excel writes)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"
