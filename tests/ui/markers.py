"""Marker values planted in every internal field, generically from the sensitivity policy and
the table metadata (for the customer-safe leak test).

Every internal text column of every table gets a distinctive token, every internal amount a
number of its own (987651, 987652 …), every internal date a day in a year of its own (1961,
1962 …) — in every row of the workspace (the main account's rows and the workspace-level rows it
uses among them). A row that a row flag keeps
internal (``sensitivity.ROW_FLAGS``) additionally gets tokens in its *shareable* text fields:
the whole row must vanish.

Columns that carry no content of their own are skipped, each kind with its reason (see
``STRUCTURAL``); small bounded numbers get an in-range value with its own forms (``BOUNDED``) or
are skipped with a reason (``UNMARKABLE``). A test checks that every internal column is one of
these, so a new column cannot be forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, Integer, Numeric, String, Text, select

from kamdesk.domain import sensitivity
from kamdesk.domain.errors import InputError
from kamdesk.services import records
from kamdesk.services.workspace import Workspace
from kamdesk.storage.schema import Base

NUMBER = 987654


def number_forms(number: int) -> tuple[str, ...]:
    """How a six-digit number may be written on screen: plain, German and English grouping,
    grouped with spaces of every kind."""
    head, tail = divmod(number, 1000)
    return (str(number), *(f"{head}{sep}{tail:03d}" for sep in (".", ",", " ", "\u00a0", "\u202f", "\u2009")))


FIRST_YEAR = 1961  # internal dates get a day in 1961, 1962, … (one year per field): 05.06.1961, 5 Jun 1961 …

#: kinds of columns whose content is structure, not something a person wrote or judged
STRUCTURAL = {
    "id": "a reference to another row (an id): the row it points at carries its own marker",
    "choices": "a choice from a fixed list (an enum): its words are kamdesk's own vocabulary, shown for "
    "every account; the customer-safe view hides the widgets and marks that show them (tab tests)",
    "flag": "a yes/no flag has no text; row flags are tested by hiding the whole row (ROW_FLAGS)",
}
#: whole tables that hold configuration, not content
CONFIG_TABLES = {"workspace_setting": "settings as key → JSON value; never shown as text"}
#: internal numbers whose range is too small for 987654: an in-range value and its screen forms
BOUNDED: dict[tuple[str, str], tuple[int, tuple[str, ...]]] = {
    ("relationship_board", "stale_days"): (3217, ("3217", "3,217", "3.217")),
    ("opportunity", "probability"): (87, ("87%", "87 %", "87\u202f%", "87\u00a0%")),
}
#: internal numbers that cannot be told apart from other figures on screen
UNMARKABLE = {
    ("account_score", "score"): "a score of 0–10; the criterion names beside every score carry markers",
    ("selection_criterion", "weight"): "a weight of 0–100; shown only beside the criterion's (marked) name",
    ("tier", "threshold"): "a threshold of 0–100 points; shown only beside the tier's (marked) name",
}


@dataclass
class Marker:
    table: str
    column: str
    forms: tuple[str, ...]
    row_flag: bool = False  # a shareable field of a row its flag keeps internal

    @property
    def name(self) -> str:
        return f"{self.table}.{self.column}" + (" (row flagged internal)" if self.row_flag else "")

    def found_in(self, text: str) -> bool:
        return any(form in text for form in self.forms)


@dataclass
class Planted:
    markers: list[Marker] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # table.column → reason
    words: dict[str, str] = field(default_factory=dict)  # judgement words → table.column


def kind_of(column) -> str | None:  # type: ignore[no-untyped-def]
    """What a column holds, for planting: text, number, date, or a structural kind (None: ???)."""
    if column.foreign_keys:
        return "id"
    if column.info.get("choices"):
        return "choices"
    if isinstance(column.type, Boolean):
        return "flag"
    if isinstance(column.type, (String, Text)):
        return "text"
    if isinstance(column.type, (Integer, Numeric)):
        return "number"
    if isinstance(column.type, Date):
        return "date"
    return None


def internal_columns():  # type: ignore[no-untyped-def]
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if column.name in sensitivity.BOOKKEEPING or sensitivity.is_shareable(table.name, column.name):
                continue
            yield table, column


def plant(ws: Workspace, account_id: str) -> Planted:
    """Write the markers in one transaction, through the generic edit layer (validators run)."""
    _import_validators()
    planted = Planted()
    with ws.write() as tx:
        if not tx.session.execute(
            select(Base.metadata.tables["relationship_board"].c.id).where(
                Base.metadata.tables["relationship_board"].c.account_id == account_id
            )
        ).first():  # the demo keeps the workspace's default threshold: give the account its own
            records.insert_row_in(tx, "relationship_board", {"account_id": account_id, "stale_days": 30})
        n = 0
        for table, column in internal_columns():
            name = f"{table.name}.{column.name}"
            kind = kind_of(column)
            assert kind is not None, f"{name}: add its kind of column to tests/ui/markers.py"
            if table.name in CONFIG_TABLES:
                planted.skipped[name] = CONFIG_TABLES[table.name]
                continue
            if kind in STRUCTURAL:
                planted.skipped[name] = STRUCTURAL[kind]
                continue
            if (table.name, column.name) in UNMARKABLE:
                planted.skipped[name] = UNMARKABLE[(table.name, column.name)]
                continue
            ids = list(tx.session.execute(select(table.c.id)).scalars())
            assert ids, f"{name}: the demo workspace has no {table.name} rows to mark"
            n += 1
            token = f"QX{n}Q"
            if kind == "text":
                values = [f"{token}{i}" for i in range(len(ids))]  # unique where names must be
                forms: tuple[str, ...] = (token,)
            elif kind == "date":
                year = FIRST_YEAR + sum(1 for m in planted.markers if m.forms[0].startswith("19"))
                values, forms = [date(year, 6, 5)] * len(ids), (str(year),)
            elif (table.name, column.name) in BOUNDED:
                value, forms = BOUNDED[(table.name, column.name)]
                values = [value] * len(ids)
            else:  # 987651, 987652 …: one number per field
                number = NUMBER - 3 + sum(1 for m in planted.markers if m.forms[0].startswith("9876"))
                values, forms = [Decimal(number)] * len(ids), number_forms(number)
            for row_id, value in zip(ids, values, strict=True):
                try:
                    records.set_fields_in(tx, table.name, row_id, {column.name: value})
                except InputError as error:
                    raise AssertionError(f"{name} refuses {value!r} ({error}): declare it in BOUNDED") from None
            planted.markers.append(Marker(table.name, column.name, forms))
        for entity, flag in sensitivity.ROW_FLAGS.items():
            n += 1
            table = Base.metadata.tables[entity]
            row_id = tx.session.execute(
                select(table.c.id).where(table.c.account_id == account_id).order_by(table.c.position)
            ).scalar()
            assert row_id, f"the demo account has no {entity} row to flag"
            texts = [
                c
                for c in table.columns
                if kind_of(c) == "text"
                and c.name not in sensitivity.BOOKKEEPING
                and c.name != flag
                and (c.type.length is None or c.type.length >= 20)  # not a code such as the currency
            ]
            for column in texts:
                if sensitivity.is_shareable(entity, column.name):
                    token = f"QF{n}{column.name.upper()}Q"
                    records.set_fields_in(tx, entity, row_id, {column.name: token})
                    planted.markers.append(Marker(entity, column.name, (token,), row_flag=True))
            records.set_fields_in(tx, entity, row_id, {flag: True})
    return planted


def _import_validators() -> None:
    """Every capability registers its validators on import; the planting must pass them."""
    from kamdesk.services import (  # noqa: F401
        accounts,
        listing,
        plan,
        portfolio,
        procurement,
        relations,
        service_matrix,
        team,
    )


#: judgement words that are also part of kamdesk's own vocabulary on every screen
COMMON_WORDS = {"Key Account": "Key Account Manager (a team role), Key Account Plan, Key Account matrix"}


def judgement_words(ws: Workspace, account_id: str) -> dict[str, str]:
    """The words of the internal choices the account's own rows hold (its classification, a
    contact's buying role, side, influence, a coverage level …) → the field they come from.

    Words that are also the shareable vocabulary of another field (a team member's seniority
    reads like a contact's rank on the board, an entitlement's mode like a service's billing) and
    words of one short common word ("High", "Review") cannot be told apart on screen: left out."""
    shared = set()
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if column.info.get("choices") and sensitivity.is_shareable(table.name, column.name):
                shared |= {_label(c) for c in column.info["choices"]}
    words: dict[str, str] = {}
    with ws.read() as session:
        for table, column in internal_columns():
            owner = table.c.id if table.name == "account" else table.c.get("account_id")
            if kind_of(column) != "choices" or owner is None:
                continue
            used = session.execute(select(column).where(owner == account_id, column.is_not(None)).distinct()).scalars()
            by_value = {str(getattr(c, "value", c)): _label(c) for c in column.info["choices"]}
            for value in used:
                label = by_value[str(value)]
                if label not in shared and label not in COMMON_WORDS and (" " in label or len(label) > 8):
                    words[label] = f"{table.name}.{column.name}"
    return words


def _label(choice: object) -> str:
    return str(getattr(choice, "label", choice))
