"""The value statement as the tab shows it (HTML for a QTextBrowser), from the domain's
``ValueStatement`` — the same object the PDF plan renders."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.money import format_money
from kamdesk.domain.value_statement import ValueStatement

RULE = "border-top:1px solid #9ca3af"


def statement_html(statement: ValueStatement) -> str:
    if statement.empty:
        text = QCoreApplication.translate(
            "ValueStatementView", "Nothing recorded yet: add the services this account receives."
        )
        return f"<p style='color:#6b7280'>{escape(text)}</p>"
    title = QCoreApplication.translate("ValueStatementView", "What %1 receives from us").replace(
        "%1", statement.account
    )
    parts = [f"<h3 style='margin:0 0 6px 0'>{escape(title)}</h3>"]
    if statement.given:
        parts.append("<table width='100%' cellspacing='0' cellpadding='3'>")
        for line in statement.given:
            value = format_money(line.yearly_value) if line.yearly_value is not None else "—"
            parts.append(
                "<tr>"
                f"<td><b>{escape(line.service)}</b><br><span style='color:#4b5563'>"
                f"{escape(line.quantity_text())} · {escape(line.provision_text())}</span></td>"
                f"<td align='right' valign='top' style='white-space:nowrap'>{escape(value)}</td>"
                "</tr>"
            )
        total = QCoreApplication.translate("ValueStatementView", "Value a year")
        parts.append(
            f"<tr><td style='{RULE}'><b>{escape(total)}</b></td>"
            f"<td align='right' style='{RULE}; white-space:nowrap'>"
            f"<b>{escape(format_money(statement.total, whole=True))}</b></td></tr></table>"
        )
    if statement.charged:
        names = ", ".join(escape(line.service) for line in statement.charged)
        label = QCoreApplication.translate("ValueStatementView", "Further services you use:")
        parts.append(f"<p><b>{escape(label)}</b> {names}</p>")
    if statement.available:
        names = ", ".join(escape(a.service) for a in statement.available)
        label = QCoreApplication.translate("ValueStatementView", "Also included for you, not used yet:")
        parts.append(f"<p><b>{escape(label)}</b> {names}</p>")
    return "".join(parts)
