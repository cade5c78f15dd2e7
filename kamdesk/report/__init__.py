"""The Key Account Plan as PDF (ReportLab), drawn from the domain model. No Qt."""
