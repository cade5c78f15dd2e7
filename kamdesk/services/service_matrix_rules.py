"""Validation of every write to the service matrix's tables (generic edits, imports, demo):
names and short names unique, amounts in cents and not negative, one group per classification.
Registered with ``records`` when ``services.service_matrix`` is imported."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from kamdesk.domain import i18n
from kamdesk.domain.account import clean_text
from kamdesk.domain.errors import InputError
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.money import clean_money, clean_quantity
from kamdesk.domain.service_matrix import (
    CATEGORY_MAX,
    GROUP_CODE_MAX,
    GROUP_NAME_MAX,
    SERVICE_NAME_MAX,
    TEXT_MAX,
    UNIT_MAX,
    clean_required,
)
from kamdesk.services import records
from kamdesk.services.workspace import Transaction
from kamdesk.storage.tables import service_matrix as t


def _unique(tx: Transaction, cls: Any, column: str, row_id: str, value: str, message: str) -> str:
    for other in tx.session.execute(select(getattr(cls, column)).where(cls.id != row_id)).scalars():
        if other.casefold() == value.casefold():
            raise InputError(message.replace("%1", other))
    return value


def _service_name(tx: Transaction, row_id: str, value: Any) -> str:
    name = clean_required(value, i18n.translate("ServiceMatrix", "The service name"), SERVICE_NAME_MAX)
    return _unique(
        tx, t.Service, "name", row_id, name, i18n.translate("ServiceMatrix", "A service named '%1' already exists.")
    )


def _group_code(tx: Transaction, row_id: str, value: Any) -> str:
    code = clean_required(value, i18n.translate("ServiceMatrix", "The short name"), GROUP_CODE_MAX)
    return _unique(
        tx,
        t.CustomerGroup,
        "code",
        row_id,
        code,
        i18n.translate("ServiceMatrix", "A customer group with the short name '%1' already exists."),
    )


def _group_classification(tx: Transaction, row_id: str, value: Any) -> str | None:
    if not value:
        return None
    other = tx.session.execute(
        select(t.CustomerGroup.code).where(t.CustomerGroup.classification == str(value), t.CustomerGroup.id != row_id)
    ).scalar()
    if other is not None:
        raise InputError(
            i18n.translate(
                "ServiceMatrix", "The customer group '%1' is already linked to this classification."
            ).replace("%1", other)
        )
    return str(value)


def _text(label: str, limit: int) -> records.Validator:
    return lambda tx, row_id, value: clean_text(value, i18n.lookup("ServiceMatrix", label), limit)


def _money(label: str) -> records.Validator:
    return lambda tx, row_id, value: clean_money(value, i18n.lookup("ServiceMatrix", label))


def _register() -> None:
    # Labels are marked here and translated when a message is shown (in the language of that moment).
    v = records.register_validator
    v("service", "name", _service_name)
    v("service", "description", _text(QT_TRANSLATE_NOOP("ServiceMatrix", "The description"), TEXT_MAX))
    v("service", "category", _text(QT_TRANSLATE_NOOP("ServiceMatrix", "The category"), CATEGORY_MAX))
    v("service", "unit", _text(QT_TRANSLATE_NOOP("ServiceMatrix", "The unit"), UNIT_MAX))
    v("service", "list_price", _money(QT_TRANSLATE_NOOP("ServiceMatrix", "The value per unit")))
    v("service", "internal_cost", _money(QT_TRANSLATE_NOOP("ServiceMatrix", "The internal cost per unit")))
    v("customer_group", "code", _group_code)
    v("customer_group", "name", _text(QT_TRANSLATE_NOOP("ServiceMatrix", "The name"), GROUP_NAME_MAX))
    v("customer_group", "description", _text(QT_TRANSLATE_NOOP("ServiceMatrix", "The description"), TEXT_MAX))
    v("customer_group", "classification", _group_classification)
    v("service_entitlement", "price", _money(QT_TRANSLATE_NOOP("ServiceMatrix", "The price")))
    v("received_service", "unit_value", _money(QT_TRANSLATE_NOOP("ServiceMatrix", "The value per unit")))
    v("received_service", "note", _text(QT_TRANSLATE_NOOP("ServiceMatrix", "The note"), TEXT_MAX))
    v(
        "received_service",
        "quantity",
        lambda tx, row_id, value: clean_quantity(value, i18n.translate("ServiceMatrix", "The quantity")),
    )


_register()
