"""Ready to order: every prerequisite in place (or not required), agreements valid today."""

from datetime import date, timedelta

from kamdesk.domain.listing import ListingItem, ListingKind, ListingStatus, OrderingChannel, expiry_state, readiness

TODAY = date(2026, 3, 10)
K, S = ListingKind, ListingStatus


def _complete() -> list[ListingItem]:
    return [
        ListingItem("r", K.RELEASE, status=S.DONE),
        ListingItem("n", K.SUPPLIER_NUMBER, reference="700 41 382", status=S.DONE),
        ListingItem("f", K.FRAMEWORK, status=S.DONE, valid_from=date(2025, 1, 1), valid_to=date(2027, 12, 31)),
        ListingItem("o", K.ORDERING_SYSTEM, title="SAP Ariba", channel=OrderingChannel.CXML, status=S.DONE),
    ]


def test_nothing_recorded_is_not_assessed_rather_than_not_ready() -> None:
    result = readiness([], TODAY)
    assert not result.recorded and not result.ready
    assert "Not assessed" in result.summary()


def test_all_in_place_means_ready_to_order() -> None:
    result = readiness(_complete(), TODAY)
    assert result.ready and result.missing == () and result.warnings == ()
    assert result.summary().startswith("Ready to order")


def test_a_missing_kind_and_open_items_are_listed_as_missing() -> None:
    items = [i for i in _complete() if i.kind is not K.FRAMEWORK]
    items[1] = ListingItem("n", K.SUPPLIER_NUMBER, status=S.IN_PROGRESS, status_on=date(2026, 2, 1))
    result = readiness(items, TODAY)
    assert not result.ready
    texts = [f.text for f in result.missing]
    assert "Framework agreement: not recorded." in texts
    assert "Supplier number: in progress since 1 Feb 2026." in texts
    assert result.summary() == "Cannot order yet — 2 prerequisites missing."


def test_what_the_customer_does_not_require_does_not_block() -> None:
    items = [
        i if i.kind is not K.FRAMEWORK else ListingItem("f", K.FRAMEWORK, status=S.NOT_REQUIRED) for i in _complete()
    ]
    assert readiness(items, TODAY).ready


def test_an_expired_agreement_blocks_and_one_ending_soon_warns() -> None:
    expired = [*_complete()[:2], ListingItem("f", K.FRAMEWORK, status=S.DONE, valid_to=TODAY - timedelta(days=1))]
    result = readiness([*expired, _complete()[3]], TODAY)
    assert not result.ready and "expired on 9 Mar 2026" in result.missing[0].text
    ending = ListingItem("f", K.FRAMEWORK, title="C-parts", status=S.DONE, valid_to=TODAY + timedelta(days=41))
    result = readiness([*_complete()[:2], ending, _complete()[3]], TODAY)
    assert result.ready
    assert result.warnings[0].text.startswith("Framework agreement (C-parts): expires on 20 Apr 2026 (in 41 days)")
    assert result.warnings[0].short == "Agreement ends in 41 days"
    assert expiry_state(ending, TODAY) == "expiring"
    assert expiry_state(_complete()[2], TODAY) == ""


def test_an_agreement_not_yet_valid_blocks() -> None:
    future = ListingItem("f", K.FRAMEWORK, status=S.DONE, valid_from=TODAY + timedelta(days=5))
    result = readiness([*_complete()[:2], future, _complete()[3]], TODAY)
    assert not result.ready and "valid only from" in result.missing[0].text


def test_every_ordering_system_counts() -> None:
    second = ListingItem("o2", K.ORDERING_SYSTEM, title="Brno SRM", channel=OrderingChannel.OCI, status=S.MISSING)
    result = readiness([*_complete(), second], TODAY)
    assert not result.ready and result.missing[0].text == "Brno SRM · Punch-out (OCI): missing."
