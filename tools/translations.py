"""Keep the German catalogue in step with the code.

    python tools/translations.py update        # collect strings (lupdate) and build .qm (lrelease)
    python tools/translations.py todo          # untranslated strings, one JSON object a line
    python tools/translations.py fill F.json   # set translations from [{"context","source","translation"}]
    python tools/translations.py check         # non-zero if anything is untranslated or stale
    python tools/translations.py merge A.ts …  # take translations from other catalogues (after a git merge)

The .ts file is the source of truth (committed, reviewed); the .qm is built from it and committed
too, so that an installed kamdesk needs no Qt tools. Locations are left out of the .ts so that
moving code does not churn the catalogue.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("de",)


def ts_path(lang: str) -> Path:
    return TS_DIR / f"kamdesk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TS_DIR / f"kamdesk_{lang}.qm"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kamdesk").rglob("*.py") if "migrations" not in p.parts)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        venv_bin = Path(sys.executable).parent / f"pyside6-{name}"
        if venv_bin.exists():
            return str(venv_bin)
        raise SystemExit(f"pyside6-{name} not found (install PySide6-Essentials)")
    return found


def lupdate(target: Path) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            target.stem.split("_")[-1],
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [tool("lrelease"), "-silent", str(source), "-qm", str(target)], cwd=ROOT, check=True, capture_output=True
    )


def messages(path: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(path).getroot()
    found = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def unfinished(path: Path) -> list[tuple[str, str]]:
    return [key for key, message in messages(path).items() if not _translated(message)]


def _translated(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return False
    if message.get("numerus") == "yes":
        return all((f.text or "").strip() for f in translation.iter("numerusform"))
    return bool((translation.text or "").strip())


def update() -> None:
    for lang in LANGUAGES:
        lupdate(ts_path(lang))
        lrelease(ts_path(lang), qm_path(lang))
        missing = unfinished(ts_path(lang))
        print(f"{ts_path(lang).relative_to(ROOT)}: {len(messages(ts_path(lang)))} strings, {len(missing)} untranslated")


def todo() -> None:
    for lang in LANGUAGES:
        for context, source in unfinished(ts_path(lang)):
            numerus = messages(ts_path(lang))[(context, source)].get("numerus") == "yes"
            print(
                json.dumps({"lang": lang, "context": context, "source": source, "numerus": numerus}, ensure_ascii=False)
            )


def fill(file: Path, lang: str = "de") -> None:
    entries = json.loads(file.read_text(encoding="utf-8"))
    tree = ElementTree.parse(ts_path(lang))
    index = {}
    for ctx in tree.getroot().iter("context"):
        for message in ctx.iter("message"):
            index[(ctx.findtext("name"), message.findtext("source"))] = message
    done = 0
    for entry in entries:
        message = index.get((entry["context"], entry["source"]))
        if message is None:
            print(f"not in catalogue: {entry['context']}: {entry['source']!r}", file=sys.stderr)
            continue
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        value = entry["translation"]
        if isinstance(value, list) and message.get("numerus") != "yes":
            value = value[-1]  # plural in the other catalogue, singular here: the plural form reads best
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ElementTree.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        done += 1
    tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    lupdate(ts_path(lang))  # normalise the file's layout
    lrelease(ts_path(lang), qm_path(lang))
    print(f"{done} translations set; {len(unfinished(ts_path(lang)))} still untranslated")


def merge(others: list[Path], lang: str = "de") -> None:
    """After a merge: collect strings afresh, then copy every translation the other catalogues
    have for strings that are still untranslated here."""
    lupdate(ts_path(lang))
    entries = []
    for other in others:
        for (context, source), message in messages(other).items():
            if not _translated(message):
                continue
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            entries.append({"context": context, "source": source, "translation": forms or translation.text or ""})
    missing = set(unfinished(ts_path(lang)))
    wanted = [e for e in entries if (e["context"], e["source"]) in missing]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(wanted, handle, ensure_ascii=False)
    fill(Path(handle.name), lang)
    Path(handle.name).unlink()


def check() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            fresh = Path(tmp) / ts_path(lang).name
            shutil.copy(ts_path(lang), fresh)
            lupdate(fresh)
            committed, current = set(messages(ts_path(lang))), set(messages(fresh))
            for context, source in sorted(current - committed):
                problems.append(f"{lang}: new string not in the catalogue: {context}: {source!r}")
            for context, source in sorted(committed - current):
                problems.append(f"{lang}: stale string in the catalogue: {context}: {source!r}")
            for context, source in unfinished(ts_path(lang)):
                problems.append(f"{lang}: untranslated: {context}: {source!r}")
            built = Path(tmp) / qm_path(lang).name
            lrelease(ts_path(lang), built)
            if not qm_path(lang).exists():
                problems.append(f"{lang}: {qm_path(lang).name} is missing")
            elif built.read_bytes() != qm_path(lang).read_bytes():
                problems.append(f"{lang}: {qm_path(lang).name} is not built from the current .ts")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "todo":
        todo()
    elif command == "fill" and len(sys.argv) == 3:
        fill(Path(sys.argv[2]))
    elif command == "check":
        return check()
    elif command == "merge" and len(sys.argv) >= 3:
        merge([Path(p) for p in sys.argv[2:]])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
