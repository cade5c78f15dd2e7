"""File formats kamdesk reads and writes (JSON bundle, CSV/xlsx, vCard, BPMN, iCalendar). No Qt."""
