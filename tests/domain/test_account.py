import pytest

from kamdesk.domain.account import clean_name, clean_text, clean_website, unique_name
from kamdesk.domain.errors import InputError


def test_names_are_trimmed_and_inner_whitespace_collapsed() -> None:
    assert clean_name("  Müller   &  Söhne GmbH ") == "Müller & Söhne GmbH"


@pytest.mark.parametrize("bad", ["", "   ", None, "x" * 201])
def test_empty_or_overlong_names_are_refused(bad: object) -> None:
    with pytest.raises(InputError):
        clean_name(bad)


def test_overlong_text_names_the_field() -> None:
    with pytest.raises(InputError, match="industry"):
        clean_text("x" * 201, "industry")


@pytest.mark.parametrize("good", ["", "www.example.de", "https://kessler.example/de/", "example.com:8080"])
def test_web_addresses_are_accepted(good: str) -> None:
    assert clean_website(good) == good


@pytest.mark.parametrize("bad", ["not a site", "http://", "ftp//x"])
def test_non_addresses_are_refused_with_the_value_named(bad: str) -> None:
    with pytest.raises(InputError, match="not a web address"):
        clean_website(bad)


def test_unique_name_counts_up_case_insensitively() -> None:
    assert unique_name("New account", set()) == "New account"
    assert unique_name("New account", {"new ACCOUNT", "New account (2)"}) == "New account (3)"
