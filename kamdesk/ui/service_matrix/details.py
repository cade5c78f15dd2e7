"""The panels under the matrix: the current service's description, and the current customer
group (short name, name, linked classification, description), both saved as typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.account import Classification
from kamdesk.domain.service_matrix import CustomerGroup, Service
from kamdesk.ui.context import AppContext
from kamdesk.ui.fields import FieldBinder


class ServiceDetails(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service_details")
        self.binder = FieldBinder(ctx, "service", "", self)
        self.description = QPlainTextEdit(objectName="service_description")
        self.description.setTabChangesFocus(True)
        self.binder.bind("description", self.description, lambda: self.tr("Description"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.description)
        self.service: Service | None = None
        self.retranslate()

    def show_service(self, service: Service | None) -> None:
        if self.service is not None and (service is None or service.id != self.service.id):
            self.binder.commit_all()
        self.service = service
        self.binder.load(service.id if service else None, {"description": service.description if service else ""})
        self.retranslate()

    def retranslate(self) -> None:
        name = self.service.name if self.service else ""
        self.setTitle(self.tr("Description of “%1”").replace("%1", name) if name else self.tr("Description"))
        self.description.setPlaceholderText(
            self.tr("What the service is, in words a customer understands (the value statement shows it).")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class GroupDetails(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("group_details")
        self.binder = FieldBinder(ctx, "customer_group", "", self)
        self.code = QLineEdit(objectName="group_code")
        self.code.setMaximumWidth(120)
        self.name = QLineEdit(objectName="group_name")
        self.classification = QComboBox(objectName="group_classification")
        self.description = QPlainTextEdit(objectName="group_description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(52)
        self.binder.bind("code", self.code, lambda: self.tr("Short name"))
        self.binder.bind("name", self.name, lambda: self.tr("Name"))
        self.binder.bind("classification", self.classification, lambda: self.tr("Classification"))
        self.binder.bind("description", self.description, lambda: self.tr("Description"))
        self.move_left = QPushButton(objectName="group_move_left")
        self.move_right = QPushButton(objectName="group_move_right")
        self.delete = QPushButton(objectName="group_delete")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.code)
        line.addWidget(self.name, 1)
        self.form_labels = (form, line)
        form.addRow(self.tr("Short name / name"), line)
        form.addRow(self.tr("Classification"), self.classification)
        form.addRow(self.tr("Description"), self.description)
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_left)
        buttons.addWidget(self.move_right)
        buttons.addStretch(1)
        buttons.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.group: CustomerGroup | None = None
        self._fill_classifications()
        self.retranslate()

    def _fill_classifications(self) -> None:
        current = self.classification.currentData()
        self.classification.clear()
        self.classification.addItem(self.tr("— none (choose accounts one by one) —"), None)
        for classification in Classification:
            self.classification.addItem(classification.label, classification.value)
        self.classification.setCurrentIndex(max(0, self.classification.findData(current)))

    def show_group(self, group: CustomerGroup | None) -> None:
        if self.group is not None and (group is None or group.id != self.group.id):
            self.binder.commit_all()
        self.group = group
        values = (
            {
                "code": group.code,
                "name": group.name,
                "description": group.description,
                "classification": group.classification.value if group.classification else None,
            }
            if group
            else {}
        )
        self.binder.load(group.id if group else None, values)
        for button in (self.move_left, self.move_right, self.delete):
            button.setEnabled(group is not None and self.binder.ctx.writable)
        self.retranslate()

    def retranslate(self) -> None:
        form, _line = self.form_labels
        for row, text in enumerate((self.tr("Short name / name"), self.tr("Classification"), self.tr("Description"))):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget() is not None:
                label.widget().setText(text)  # type: ignore[attr-defined]
        group = self.group
        self.setTitle(self.tr("Customer group “%1”").replace("%1", group.code) if group else self.tr("Customer group"))
        self.name.setPlaceholderText(group.display_name if group else "")
        self.description.setPlaceholderText(
            group.display_description if group and group.display_description else self.tr("Who belongs to this group")
        )
        self.code.setToolTip(self.tr("Short name: the column header"))
        self.classification.setToolTip(
            self.tr("Accounts with this classification belong to this group, unless another group is chosen for them.")
        )
        self.move_left.setText(self.tr("◀ Move left"))
        self.move_right.setText(self.tr("Move right ▶"))
        self.delete.setText(self.tr("Delete group…"))
        self.classification.setItemText(0, self.tr("— none (choose accounts one by one) —"))
        for n, classification in enumerate(Classification, start=1):
            self.classification.setItemText(n, classification.label)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
