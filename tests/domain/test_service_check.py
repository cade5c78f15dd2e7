"""The entitlement check and the customer's value statement, on a matrix built in memory."""

from decimal import Decimal

from kamdesk.domain import i18n, sensitivity
from kamdesk.domain.account import Classification
from kamdesk.domain.service_check import CheckStatus, ReceivedService, check_account
from kamdesk.domain.service_matrix import (
    STANDARD_GROUPS,
    Billing,
    CustomerGroup,
    Entitlement,
    Frequency,
    GroupSource,
    Service,
    ServiceMatrix,
    ServiceMode,
    billing_for,
    resolve_group,
)
from kamdesk.domain.value_statement import value_statement

KA = CustomerGroup("g-ka", "KA", classification=Classification.KEY)
A = CustomerGroup("g-a", "A")
EXPRESS = Service("s-express", "Express delivery", "Same-day courier", "Supply", "delivery", Decimal(180), Decimal(145))
PACKS = Service("s-packs", "Custom packaging", "", "Supply", "article", Decimal(150), None)
PANEL = Service("s-panel", "Advisory panel", "A seat in our panel", "Innovation", "seat", Decimal(800), Decimal(500))
SURVEY = Service("s-survey", "Satisfaction survey", "", "Service", "survey", Decimal(1500), Decimal(900))
TRAINING = Service("s-training", "On-site training", "", "Service", "day", Decimal(1200), Decimal(800))


def _matrix() -> ServiceMatrix:
    cells = {}
    for n, (service, group, mode) in enumerate(
        [
            (EXPRESS, KA, ServiceMode.WAIVED),
            (PACKS, KA, ServiceMode.CHARGED),
            (PANEL, KA, ServiceMode.FREE),
            (SURVEY, KA, ServiceMode.FREE),
            (TRAINING, KA, ServiceMode.WAIVED),
            (EXPRESS, A, ServiceMode.CHARGED),
        ]
    ):
        cells[(service.id, group.id)] = Entitlement(f"c{n}", service.id, group.id, mode)
    return ServiceMatrix((EXPRESS, PACKS, PANEL, SURVEY, TRAINING), (KA, A), cells)


def _received() -> list[ReceivedService]:
    return [
        ReceivedService("r1", "acc", EXPRESS.id, Decimal(4), Frequency.YEAR, None, Billing.WAIVED),
        ReceivedService("r2", "acc", PACKS.id, Decimal(40), Frequency.ONCE, None, Billing.FREE, "after an escalation"),
        ReceivedService("r3", "acc", TRAINING.id, Decimal(1), Frequency.QUARTER, Decimal(1000), Billing.CHARGED),
    ]


def test_each_received_service_is_checked_against_the_groups_entitlement() -> None:
    check = check_account(_matrix(), KA, GroupSource.CLASSIFICATION, _received())
    express, packs, training = check.lines
    assert (express.status, express.yearly_value, express.yearly_cost) == (CheckStatus.WITHIN, Decimal(720), None)
    # Given free although KA pays for it: beyond entitlement, costed at its value (no internal cost known)
    assert packs.status is CheckStatus.BEYOND
    assert packs.yearly_cost == Decimal(6000)
    # Charged although the group gets it included
    assert training.status is CheckStatus.CHARGED_INCLUDED
    assert training.yearly_value == Decimal(4000)
    assert check.beyond == (packs,)
    assert check.beyond_cost == Decimal(6000)
    # given at no charge: express 720 + packaging 6,000; the charged training does not count
    assert check.given_value == Decimal(6720)
    assert [ln.service for ln in check.unused] == [PANEL, SURVEY]


def test_the_cost_of_a_gift_is_the_internal_cost_where_one_is_known() -> None:
    received = [ReceivedService("r", "acc", EXPRESS.id, Decimal(10), Frequency.YEAR, None, Billing.FREE)]
    check = check_account(_matrix(), A, GroupSource.CHOSEN, received)
    assert check.lines[0].status is CheckStatus.BEYOND
    assert check.lines[0].yearly_cost == Decimal(1450)  # 10 × 145 internal, not 10 × 180
    assert check.lines[0].yearly_value == Decimal(1800)


def test_a_service_not_offered_to_the_group_is_beyond_entitlement_when_given() -> None:
    received = [ReceivedService("r", "acc", PANEL.id, Decimal(1), Frequency.YEAR, None, Billing.FREE)]
    check = check_account(_matrix(), A, GroupSource.CHOSEN, received)
    assert check.lines[0].mode is ServiceMode.NOT_OFFERED
    assert check.lines[0].status is CheckStatus.BEYOND
    assert check.lines[0].yearly_cost == Decimal(500)
    assert check.unused == ()  # A customers are entitled to nothing included


def test_without_a_group_nothing_is_flagged() -> None:
    check = check_account(_matrix(), None, GroupSource.NONE, _received())
    assert {ln.status for ln in check.lines} == {CheckStatus.UNCHECKED}
    assert check.unused == () and check.beyond == ()


def test_the_group_chosen_for_an_account_wins_over_its_classification() -> None:
    matrix = _matrix()
    assert resolve_group(matrix, Classification.KEY, None) == (KA, GroupSource.CLASSIFICATION)
    assert resolve_group(matrix, Classification.KEY, A.id) == (A, GroupSource.CHOSEN)
    assert resolve_group(matrix, Classification.STRATEGIC, None) == (None, GroupSource.NONE)
    assert resolve_group(matrix, None, "a deleted group") == (None, GroupSource.NONE)


def test_a_service_is_billed_as_the_entitlement_says_by_default() -> None:
    assert billing_for(ServiceMode.WAIVED) is Billing.WAIVED
    assert billing_for(ServiceMode.ON_REQUEST) is Billing.FREE
    assert billing_for(ServiceMode.NOT_OFFERED) is Billing.CHARGED


def test_standard_groups_have_fixed_ids_and_names_in_the_users_language() -> None:
    ska = CustomerGroup(STANDARD_GROUPS[0][0], "SKA")
    assert ska.display_name == "Strategic Key Account"
    with i18n.using("de"):
        assert ska.display_name == "Strategic Key Account"  # the German KAM term, as in the classification
        assert CustomerGroup(STANDARD_GROUPS[3][0], "A").display_name == "A-Kunden"
    assert CustomerGroup(STANDARD_GROUPS[0][0], "SKA", name="Gold").display_name == "Gold"
    assert CustomerGroup("own", "VIP").display_name == "VIP"
    assert len({g[0] for g in STANDARD_GROUPS}) == 6 and all(len(g[0]) == 32 for g in STANDARD_GROUPS)


def test_the_value_statement_holds_what_the_customer_gets_and_nothing_internal() -> None:
    check = check_account(_matrix(), KA, GroupSource.CLASSIFICATION, _received())
    statement = value_statement("Weserland Fördertechnik GmbH", check)
    assert [ln.service for ln in statement.given] == ["Express delivery", "Custom packaging"]
    assert [ln.service for ln in statement.charged] == ["On-site training"]
    assert [a.service for a in statement.available] == ["Advisory panel", "Satisfaction survey"]
    assert statement.total == Decimal(6720)
    text = statement.as_text("de")
    assert "Weserland Fördertechnik GmbH" in text
    assert "6.720\u00a0€" in text and "720,00\u00a0€" in text
    assert "4 × delivery pro Jahr" in text
    for internal in ("145", "KA", "Key Account", "after an escalation", "Anspruch", "beyond"):
        assert internal not in text, internal
    english = statement.as_text("en")
    assert "€6,720" in english and "Worth a year" in english


def test_the_sensitivity_policy_keeps_costs_flags_and_the_group_internal() -> None:
    assert not sensitivity.is_shareable("service", "internal_cost")
    assert sensitivity.is_shareable("service", "list_price")
    assert not sensitivity.is_shareable("customer_group", "name")
    assert not sensitivity.is_shareable("account_customer_group", "customer_group_id")
    assert not sensitivity.is_shareable("service_check", "beyond_entitlement")
    assert not sensitivity.is_shareable("service_check", "beyond_entitlement_cost")
    assert not sensitivity.is_shareable("received_service", "note")
    for field in ("service", "quantity", "unit_value", "yearly_value", "total", "available"):
        assert sensitivity.is_shareable("value_statement", field)
