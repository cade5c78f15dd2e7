"""Rewrite resources/schema/bundle.schema.json from the tables and exchange/bundle_spec.py."""

from pathlib import Path

from kamdesk.exchange import bundle_schema

target = Path(__file__).resolve().parent.parent / "resources" / "schema" / "bundle.schema.json"
target.write_text(bundle_schema.render(), encoding="utf-8")
print(target)
