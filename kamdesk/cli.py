"""The ``kamdesk`` command: the GUI by default, and subcommands for scripts and tests.

Errors the user can cause end in one line on stderr and a non-zero exit, never a traceback,
and leave the workspace as it was. Heavy modules are imported inside each command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

import kamdesk
from kamdesk.domain import i18n
from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP

EXIT_ERROR = 1
EXIT_USAGE = 2


#: argparse's own words, so that usage errors and --help follow the system language too
#: (argparse looks ``_`` up in its module when it writes them; ``localise_argparse`` points it here)
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
)


def localise_argparse() -> None:
    """Let argparse speak the current language (what it does not know stays English)."""
    argparse._ = lambda text: i18n.lookup("Argparse", text)  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming the argument (no usage dump)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            i18n.translate("Cli", "'%1' is not a size like 1920x1080").replace("%1", text)
        ) from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(
            i18n.translate("Cli", "'%1' is outside 320x240 … 7680x4320").replace("%1", text)
        )
    return width, height


def build_parser() -> Parser:
    parser = Parser(prog="kamdesk", description=i18n.translate("Cli", "A desktop workbench for Key Account Managers."))
    parser.add_argument(
        "--version",
        action="version",
        version=f"kamdesk {kamdesk.__version__}",
        help=i18n.lookup("Argparse", "show program's version number and exit"),
    )
    parser.add_argument("--db", metavar="PATH|URL", help=i18n.translate("Cli", "workspace file or database URL"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    demo = commands.add_parser("demo", help=i18n.translate("Cli", "write the demo workspace"))
    demo.add_argument("--db", metavar="PATH", required=True, help=i18n.translate("Cli", "where to write it"))
    demo.add_argument("--force", action="store_true", help=i18n.translate("Cli", "replace an existing file"))
    demo.add_argument("--lang", choices=i18n.LANGUAGES, help=i18n.translate("Cli", "language of the demo texts"))

    listing = commands.add_parser("list", help=i18n.translate("Cli", "account names, one a line"))
    listing.add_argument("--db", metavar="PATH|URL", required=True)
    listing.add_argument("--archived", action="store_true", help=i18n.translate("Cli", "include archived accounts"))

    export = commands.add_parser("export-json", help=i18n.translate("Cli", "write accounts to a JSON bundle"))
    export.add_argument("--db", metavar="PATH|URL", required=True)
    export.add_argument(
        "--account", metavar="NAME", action="append", help=i18n.translate("Cli", "only this account (repeatable)")
    )
    export.add_argument("-o", "--output", metavar="FILE", required=True, type=Path)

    imp = commands.add_parser(
        "import", help=i18n.translate("Cli", "import a JSON bundle, or accounts from a .csv/.xlsx list")
    )
    imp.add_argument("--db", metavar="PATH|URL", required=True)
    imp.add_argument(
        "--copy", action="store_true", help=i18n.translate("Cli", "import accounts that already exist as copies")
    )
    imp.add_argument(
        "--account",
        metavar="NAME",
        help=i18n.translate("Cli", "import contacts (.vcf, .csv) into this account's relationship board"),
    )
    imp.add_argument("file", metavar="FILE", type=Path)

    services = commands.add_parser("services", help=i18n.translate("Cli", "the service matrix as an Excel workbook"))
    services_commands = services.add_subparsers(dest="services_command", metavar="ACTION", parser_class=Parser)
    services_commands.required = True
    services_export = services_commands.add_parser(
        "export", help=i18n.translate("Cli", "write the service matrix to an .xlsx file")
    )
    services_export.add_argument("--db", metavar="PATH|URL", required=True)
    services_export.add_argument("--lang", choices=i18n.LANGUAGES, help=i18n.translate("Cli", "language of the sheet"))
    services_export.add_argument("-o", "--output", metavar="FILE.xlsx", required=True, type=Path)
    services_import = services_commands.add_parser(
        "import", help=i18n.translate("Cli", "update the service matrix from an .xlsx file (all or nothing)")
    )
    services_import.add_argument("--db", metavar="PATH|URL", required=True)
    services_import.add_argument("file", metavar="FILE.xlsx", type=Path)
    bpmn = commands.add_parser("bpmn", help=i18n.translate("Cli", "procurement maps as BPMN 2.0 XML"))
    bpmn_commands = bpmn.add_subparsers(dest="bpmn_command", metavar="ACTION", parser_class=Parser, required=True)
    bpmn_export = bpmn_commands.add_parser("export", help=i18n.translate("Cli", "write a procurement map as BPMN"))
    bpmn_export.add_argument("--db", metavar="PATH|URL", required=True)
    bpmn_export.add_argument("--account", metavar="NAME", required=True)
    bpmn_export.add_argument("--map", metavar="NAME", required=True)
    bpmn_export.add_argument("-o", "--output", metavar="FILE", required=True, type=Path)
    bpmn_import = bpmn_commands.add_parser("import", help=i18n.translate("Cli", "read a BPMN file as a new map"))
    bpmn_import.add_argument("--db", metavar="PATH|URL", required=True)
    bpmn_import.add_argument("--account", metavar="NAME", required=True)
    bpmn_import.add_argument("file", metavar="FILE.bpmn", type=Path)
    pdf = commands.add_parser("export-pdf", help=i18n.translate("Cli", "write an account's Key Account Plan as PDF"))
    pdf.add_argument("--db", metavar="PATH|URL", required=True)
    pdf.add_argument("--account", metavar="NAME", required=True)
    pdf.add_argument("--edition", choices=("internal", "customer"), required=True)
    pdf.add_argument("--lang", choices=i18n.LANGUAGES, help=i18n.translate("Cli", "language of the plan"))
    pdf.add_argument("-o", "--output", metavar="FILE", required=True, type=Path)

    shot = commands.add_parser("screenshot", help=i18n.translate("Cli", "render the main window into a PNG"))
    shot.add_argument("--db", metavar="PATH|URL", required=True)
    shot.add_argument("--account", metavar="NAME", required=True)
    shot.add_argument("--tab", default="profile")
    shot.add_argument("--size", type=_size, default=(1920, 1080), metavar="WxH")
    shot.add_argument("--lang", choices=i18n.LANGUAGES)
    shot.add_argument(
        "--workshop", action="store_true", help=i18n.translate("Cli", "workshop mode: large type, customer-safe")
    )
    shot.add_argument("-o", "--output", metavar="FILE", required=True, type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    i18n.set_language(i18n.system_language())
    localise_argparse()
    args = build_parser().parse_args(argv)
    handler = COMMANDS.get(args.command or "gui")
    assert handler is not None
    try:
        return handler(args)
    except KamdeskError as error:
        print(f"kamdesk: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _gui(args: argparse.Namespace) -> int:
    from kamdesk.app import run_gui

    return run_gui(args.db)


def _demo(args: argparse.Namespace) -> int:
    from kamdesk.services import demo

    path = demo.write(Path(args.db), force=args.force, lang=args.lang)
    print(i18n.translate("Cli", "Demo workspace written to %1").replace("%1", str(path)))
    return 0


def _open(location: str, writable: bool):  # type: ignore[no-untyped-def]
    from kamdesk.services.workspace import Workspace

    return Workspace.open(location, writable=writable)


def _list(args: argparse.Namespace) -> int:
    from kamdesk.services import accounts

    with _open(args.db, writable=False) as ws:
        for name in accounts.names(ws, include_archived=args.archived):
            print(name)
    return 0


def _export_json(args: argparse.Namespace) -> int:
    from kamdesk.services import bundles

    with _open(args.db, writable=False) as ws:
        count = bundles.export(ws, args.output, args.account)
    print(
        i18n.plural(
            count,
            i18n.translate("Cli", "%n account written to %1"),
            i18n.translate("Cli", "%n accounts written to %1"),
        ).replace("%1", str(args.output)),
        file=sys.stderr,
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from kamdesk.services import bundles

    suffix = args.file.suffix.lower()
    if getattr(args, "account", None):
        return _import_contacts(args)
    if suffix in (".csv", ".xlsx"):
        return _import_accounts(args)  # a table of accounts (with --account, a .csv holds contacts)
    if suffix != ".json":
        raise_input(
            i18n.translate(
                "Cli",
                "%1: cannot import %2 files (supported: .json, .csv, .xlsx; contacts: .vcf or .csv with --account).",
            )
            .replace("%1", str(args.file))
            .replace("%2", suffix or "extension-less")
        )
    with _open(args.db, writable=True) as ws:
        result = bundles.import_file(ws, args.file, as_copy=args.copy)
    for name in result.account_names:
        print(name)
    return 0


def _services(args: argparse.Namespace) -> int:
    from kamdesk.services import service_matrix_files

    if args.services_command == "export":
        with _open(args.db, writable=False) as ws:
            count = service_matrix_files.export_xlsx(ws, args.output, args.lang)
        written = i18n.plural(
            count, i18n.translate("Cli", "%n service written to %1"), i18n.translate("Cli", "%n services written to %1")
        )
        print(written.replace("%1", str(args.output)), file=sys.stderr)
        return 0
    with _open(args.db, writable=True) as ws:
        result = service_matrix_files.import_xlsx(ws, args.file)
    summary = i18n.translate("Cli", "%1: %2 service(s) read, %3 cell(s) and %4 service(s) changed.")
    print(
        summary.replace("%1", str(args.file))
        .replace("%2", str(result.services))
        .replace("%3", str(result.changed_cells))
        .replace("%4", str(result.changed_services)),
        file=sys.stderr,
    )
    return 0


def _import_accounts(args: argparse.Namespace) -> int:
    """Accounts from a CRM/Excel list: every problem row listed, then all or nothing."""
    from kamdesk.services import account_import

    table = account_import.read(args.file)
    with _open(args.db, writable=True) as ws:
        planned = account_import.plan(ws, table)
        for problem in planned.problems:
            print(f"kamdesk: {args.file}: {problem}", file=sys.stderr)
        result = account_import.apply(ws, planned)
    for name in result.account_names:
        print(name)
    count = len(result.account_names)
    # (no nested calls in the arguments: lupdate 6.11 then misses the string)
    print(
        i18n.plural(
            count,
            i18n.translate("Cli", "%n account imported from %1"),
            i18n.translate("Cli", "%n accounts imported from %1"),
        ).replace("%1", str(args.file)),
        file=sys.stderr,
    )
    return 0


def _export_pdf(args: argparse.Namespace) -> int:
    from kamdesk.services import accounts, plan_report

    with _open(args.db, writable=False) as ws:
        account = accounts.find(ws, args.account)
        result = plan_report.export_pdf(ws, account.id, args.edition, args.lang or i18n.language(), args.output)
    print(
        i18n.plural(
            result.pages,
            i18n.translate("Cli", "%n page written to %1"),
            i18n.translate("Cli", "%n pages written to %1"),
        ).replace("%1", str(args.output)),
        file=sys.stderr,
    )
    return 0


def _import_contacts(args: argparse.Namespace) -> int:
    """``import --account NAME FILE.vcf|.csv``: contacts into the account's board, all or nothing."""
    from kamdesk.services import accounts, contact_import

    with _open(args.db, writable=True) as ws:
        account = accounts.find(ws, args.account)
        preview = contact_import.preview(ws, account.id, args.file)
        for draft in preview.drafts:
            for note in draft.notes:
                print(f"{args.file}: {draft.where}: {note}", file=sys.stderr)
            if draft.duplicate_of and not draft.errors:
                print(
                    i18n.translate("Cli", "%1: %2: skipped, %3")
                    .replace("%1", str(args.file))
                    .replace("%2", draft.where)
                    .replace("%3", draft.duplicate_of),
                    file=sys.stderr,
                )
        count = len(contact_import.commit(ws, preview))
    for draft in preview.importable:
        print(draft.name)
    print(
        i18n.plural(
            count,
            i18n.translate("Cli", "%n contact imported into %1"),
            i18n.translate("Cli", "%n contacts imported into %1"),
        ).replace("%1", account.name),
        file=sys.stderr,
    )
    return 0


def _screenshot(args: argparse.Namespace) -> int:
    from kamdesk import app

    app.screenshot(args.db, args.account, args.tab, args.size, args.output, language=args.lang, workshop=args.workshop)
    return 0


def _bpmn(args: argparse.Namespace) -> int:
    from kamdesk.services import procurement

    if args.bpmn_command == "export":
        with _open(args.db, writable=False) as ws:
            pmap = procurement.export_bpmn(ws, args.account, args.map, args.output)
        print(
            i18n.translate("Cli", "Map '%1' written to %2").replace("%1", pmap.name).replace("%2", str(args.output)),
            file=sys.stderr,
        )
        return 0
    with _open(args.db, writable=True) as ws:
        pmap, report = procurement.import_bpmn(ws, args.account, args.file)
    print(pmap.name)
    print(
        i18n.translate("Cli", "%1: %2 nodes, %3 ways, %4 lanes imported.")
        .replace("%1", str(args.file))
        .replace("%2", str(len(pmap.nodes)))
        .replace("%3", str(len(pmap.edges)))
        .replace("%4", str(len(pmap.lanes))),
        file=sys.stderr,
    )
    if report:
        print(i18n.translate("Cli", "Not represented in kamdesk:"), file=sys.stderr)
        for line in report:
            print(f"  - {line}", file=sys.stderr)
    return 0


def raise_input(message: str) -> NoReturn:
    from kamdesk.domain.errors import InputError

    raise InputError(message)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": _gui,
    "demo": _demo,
    "list": _list,
    "export-json": _export_json,
    "import": _import,
    "screenshot": _screenshot,
    "services": _services,
    "bpmn": _bpmn,
    "export-pdf": _export_pdf,
}
