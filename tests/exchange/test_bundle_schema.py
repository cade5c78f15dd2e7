from kamdesk.exchange import bundle_schema


def test_the_shipped_schema_is_the_generated_one() -> None:
    """Run `python tools/bundle_schema.py` after changing tables or exchange/bundle_spec.py."""
    assert bundle_schema.shipped() == bundle_schema.generate()


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(bundle_schema.shipped())
