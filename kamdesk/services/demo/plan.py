"""Demo plan: goals, actions, opportunities, visit reports and reviews for the demo accounts.

Dates are relative to the day the demo is written, so there is always something overdue and a
review coming up.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kamdesk.domain import i18n
from kamdesk.services import plan as _plan  # noqa: F401  (registers the plan's validators)
from kamdesk.services.demo.context import DemoContext


def _day(offset: int) -> date:
    return date.today() + timedelta(days=offset)


def build(demo: DemoContext) -> None:
    _weserland_goals(demo)
    _weserland_visits(demo)
    _weserland_actions(demo)
    _weserland_opportunities(demo)
    _weserland_reviews(demo)
    _other_accounts(demo)


def _goal(
    demo: DemoContext, key: str, account: str, n: int, side: str, title: str, measure: str, **extra: object
) -> None:
    demo.add(
        "plan_goal",
        key,
        account_id=demo.ids[account],
        side=side,
        title=title,
        measure=measure,
        position=n,
        **extra,
    )


def _weserland_goals(demo: DemoContext) -> None:
    w = "weserland"
    _goal(
        demo,
        "g_cost",
        w,
        1,
        "customer",
        i18n.translate("Demo", "Cut the process costs of C-parts procurement by 20%"),
        i18n.translate("Demo", "Process cost per order line down from €38 to €30"),
        target_on=_day(270),
    )
    _goal(
        demo,
        "g_brno",
        w,
        2,
        "customer",
        i18n.translate("Demo", "Secure line supply for the new assembly hall in Brno"),
        i18n.translate("Demo", "No line stop for missing fasteners; 98% availability at the line"),
        target_on=_day(180),
    )
    _goal(
        demo,
        "g_suppliers",
        w,
        3,
        "customer",
        i18n.translate("Demo", "Reduce the number of C-parts suppliers"),
        i18n.translate("Demo", "From 14 suppliers to 5"),
        target_on=_day(365),
    )
    _goal(
        demo,
        "g_torque",
        w,
        4,
        "customer",
        i18n.translate("Demo", "Traceable torque tools in final assembly"),
        i18n.translate("Demo", "Every torque tool calibrated, certificates in the ERP"),
        target_on=_day(300),
    )
    _goal(
        demo,
        "g_partner",
        w,
        5,
        "ours",
        i18n.translate("Demo", "Become the preferred C-parts partner for all three sites"),
        i18n.translate("Demo", "Framework agreement covering Minden, Porta Westfalica and Brno"),
        target_on=_day(365),
    )
    _goal(
        demo,
        "g_share",
        w,
        6,
        "ours",
        i18n.translate("Demo", "Grow our share of wallet from 18% to 30%"),
        i18n.translate("Demo", "Share of Weserland's C-parts spend, from the annual report"),
        target_on=_day(540),
        internal=True,
        notes=i18n.translate("Demo", "Borkmann still holds the fasteners for Porta Westfalica; attack there first."),
    )
    _goal(
        demo,
        "g_kanban",
        w,
        7,
        "ours",
        i18n.translate("Demo", "Run the Kanban consignment stock in Brno"),
        i18n.translate("Demo", "Kanban live with 400 bins on lines 1–3"),
        target_on=_day(240),
    )


def _weserland_visits(demo: DemoContext) -> None:
    w = demo.ids["weserland"]
    visits = [
        (
            "v_purchasing",
            -45,
            i18n.translate("Demo", "Quarterly meeting with central purchasing"),
            "Minden",
            i18n.translate(
                "Demo",
                "Ms Brinkmann is under pressure from management to cut the supplier base. "
                "She liked the idea of a process cost analysis but wants figures, not slides.",
            ),
            i18n.translate(
                "Demo",
                "Agreed to analyse the current process costs together. Purchasing shares order data "
                "of the last twelve months.",
            ),
            i18n.translate(
                "Demo",
                "Send the process cost analysis\nList the parts we can take over from other suppliers\n"
                "Clarify the approval limits in Porta Westfalica",
            ),
            [("Claudia Brinkmann", i18n.translate("Demo", "Head of Purchasing")), ("Jörg Tiedemann", "")],
            ["hoffmann", "schulte"],
        ),
        (
            "v_brno",
            -21,
            i18n.translate("Demo", "Plant tour in Brno with the new plant manager"),
            "Brno",
            i18n.translate(
                "Demo",
                "Ing. Horáková wants the line supply solved before the hall opens. She asked twice "
                "whether we can guarantee deliveries from our Czech warehouse.",
            ),
            i18n.translate(
                "Demo",
                "Kanban with a two-bin system is welcome. Torque tools in final assembly are not "
                "calibrated regularly — an opening for our calibration service.",
            ),
            i18n.translate(
                "Demo",
                "Arrange a Kanban walk-through with the plant manager\nTorque tool calibration audit in final "
                "assembly\nOffer a two-bin system for line 3",
            ),
            [
                ("Ing. Martina Horáková", i18n.translate("Demo", "Plant Manager Brno")),
                ("Tomáš Král", i18n.translate("Demo", "Head of Logistics")),
            ],
            ["hoffmann", "krueger"],
        ),
        (
            "v_maintenance",
            -4,
            i18n.translate("Demo", "Maintenance workshop on cordless tools"),
            "Porta Westfalica",
            i18n.translate(
                "Demo",
                "Maintenance still uses three battery systems. Mr Kowalczyk would standardise on one "
                "if the changeover is planned with his team.",
            ),
            i18n.translate("Demo", "Demonstration of our 18 V system agreed; EHS wants a PPE vending machine."),
            i18n.translate(
                "Demo",
                "Demonstrate the battery tool system to maintenance\nCollect PPE consumption figures for "
                "the vending machine\nSend samples of the cut-resistant gloves",
            ),
            [
                ("Stefan Kowalczyk", i18n.translate("Demo", "Head of Maintenance")),
                ("Anja Meier", i18n.translate("Demo", "Health and Safety")),
            ],
            ["yilmaz", "krueger"],
        ),
    ]
    for key, offset, subject, location, notes, outcomes, steps, customer, ours in visits:
        visit_id = demo.add(
            "visit_report",
            key,
            account_id=w,
            visited_on=_day(offset),
            subject=subject,
            location=location,
            notes=notes,
            outcomes=outcomes,
            next_steps=steps,
        )
        for n, (name, function) in enumerate(customer):
            demo.add("visit_participant", visit_id=visit_id, side="customer", name=name, function=function, position=n)
        for n, member in enumerate(ours, start=len(customer)):
            demo.add(
                "visit_participant",
                visit_id=visit_id,
                side="ours",
                name=_member_name(member),
                team_member_id=demo.ids[member],
                position=n,
            )


def _member_name(key: str) -> str:
    from kamdesk.services.demo.accounts import TEAM

    return next(name for _account, k, name, *_rest in TEAM if k == key)


def _weserland_actions(demo: DemoContext) -> None:
    w = demo.ids["weserland"]
    # (title, owner, due in days, status, goal, visit, internal)
    actions = [
        (
            i18n.translate("Demo", "Send the process cost analysis"),
            "hoffmann",
            -20,
            "in_progress",
            "g_cost",
            "v_purchasing",
            False,
        ),
        (
            i18n.translate("Demo", "Arrange a Kanban walk-through with the plant manager"),
            "hoffmann",
            -6,
            "open",
            "g_kanban",
            "v_brno",
            False,
        ),
        (
            i18n.translate("Demo", "Torque tool calibration audit in final assembly"),
            "krueger",
            -3,
            "open",
            "g_torque",
            "v_brno",
            False,
        ),
        (
            i18n.translate("Demo", "Propose a PPE vending machine for Minden"),
            "krueger",
            -1,
            "open",
            "g_cost",
            None,
            False,
        ),
        (
            i18n.translate("Demo", "Find out who decides on the Kanban budget in Brno"),
            "hoffmann",
            5,
            "open",
            "g_kanban",
            None,
            True,
        ),
        (
            i18n.translate("Demo", "Punch-out catalogue (OCI) for the customer's SAP system"),
            "schulte",
            10,
            "open",
            "g_cost",
            None,
            False,
        ),
        (
            i18n.translate("Demo", "Demonstrate the battery tool system to maintenance"),
            "yilmaz",
            14,
            "open",
            None,
            "v_maintenance",
            False,
        ),
        (
            i18n.translate("Demo", "List the parts we can take over from other suppliers"),
            "schulte",
            21,
            "in_progress",
            "g_suppliers",
            "v_purchasing",
            False,
        ),
        (
            i18n.translate("Demo", "Draft a framework agreement for all three sites"),
            "hoffmann",
            25,
            "open",
            "g_partner",
            None,
            False,
        ),
        (
            i18n.translate("Demo", "Torque tool training for the assembly team leads"),
            "krueger",
            30,
            "open",
            "g_torque",
            None,
            False,
        ),
        (
            i18n.translate("Demo", "Invite purchasing to our innovation day"),
            "richter",
            40,
            "open",
            "g_partner",
            None,
            False,
        ),
        (
            i18n.translate("Demo", "Management meeting of both managing directors"),
            "richter",
            60,
            "open",
            "g_partner",
            None,
            False,
        ),
        (
            i18n.translate("Demo", "Quarterly delivery performance report"),
            "schulte",
            -35,
            "done",
            "g_brno",
            None,
            False,
        ),
        (
            i18n.translate("Demo", "Clarify the approval limits in Porta Westfalica"),
            "hoffmann",
            -50,
            "done",
            "g_cost",
            "v_purchasing",
            False,
        ),
        (
            i18n.translate("Demo", "Send samples of the new hexagon socket screws"),
            "schulte",
            -12,
            "done",
            None,
            None,
            False,
        ),
        (
            i18n.translate("Demo", "Compare our prices with the last tender"),
            "hoffmann",
            -9,
            "cancelled",
            None,
            None,
            True,
        ),
    ]
    for n, (title, owner, due, status, goal, visit, internal) in enumerate(actions, start=1):
        demo.add(
            "plan_action",
            account_id=w,
            title=title,
            owner_id=demo.ids[owner],
            due_on=_day(due),
            status=status,
            goal_id=demo.ids[goal] if goal else None,
            visit_id=demo.ids[visit] if visit else None,
            internal=internal,
            position=n,
            notes=i18n.translate("Demo", "Ms Brinkmann wants it before her budget meeting.") if n == 1 else "",
        )


def _weserland_opportunities(demo: DemoContext) -> None:
    w = demo.ids["weserland"]
    borkmann = "Borkmann Industrieversorgung"
    # (title, phase, status, value, probability, close in days, next step, owner, competitors)
    opportunities = [
        (
            i18n.translate("Demo", "Fasteners for the new conveyor series WX"),
            "positioning",
            "open",
            95000,
            10,
            240,
            i18n.translate("Demo", "Meet engineering about the WX specification"),
            "krueger",
            "",
        ),
        (
            i18n.translate("Demo", "PPE vending machines in Minden"),
            "qualification",
            "open",
            24000,
            20,
            150,
            i18n.translate("Demo", "Collect consumption figures for gloves and safety glasses"),
            "krueger",
            "",
        ),
        (
            i18n.translate("Demo", "Calibration service for torque tools"),
            "needs_analysis",
            "open",
            36000,
            30,
            90,
            i18n.translate("Demo", "Inventory of the torque tools in final assembly"),
            "krueger",
            "",
        ),
        (
            i18n.translate("Demo", "C-parts framework agreement for three sites"),
            "offer",
            "open",
            420000,
            40,
            120,
            i18n.translate("Demo", "Price workshop with central purchasing"),
            "hoffmann",
            f"{borkmann}, Schraubenhaus Nord",
        ),
        (
            i18n.translate("Demo", "Kanban consignment stock in Brno"),
            "negotiation",
            "open",
            180000,
            60,
            75,
            i18n.translate("Demo", "Revised offer with a two-bin system"),
            "hoffmann",
            borkmann,
        ),
        (
            i18n.translate("Demo", "Cordless screwdriver fleet for assembly line 4"),
            "decision",
            "open",
            58000,
            80,
            20,
            i18n.translate("Demo", "Plant management signs the order"),
            "hoffmann",
            "",
        ),
        (
            i18n.translate("Demo", "Punch-out catalogue in the customer's SAP system"),
            "implementation",
            "won",
            15000,
            100,
            -10,
            i18n.translate("Demo", "Go-live test with purchasing"),
            "schulte",
            "",
        ),
        (
            i18n.translate("Demo", "Workshop supplies for Porta Westfalica"),
            "retention",
            "won",
            62000,
            100,
            -120,
            i18n.translate("Demo", "Annual review of the assortment"),
            "schulte",
            "",
        ),
        (
            i18n.translate("Demo", "Cleaning agents tender"),
            "offer",
            "lost",
            12000,
            0,
            -30,
            "",
            "schulte",
            "Schraubenhaus Nord",
        ),
    ]
    for n, (title, phase, status, value, probability, close, step, owner, competitors) in enumerate(
        opportunities, start=1
    ):
        demo.add(
            "opportunity",
            account_id=w,
            title=title,
            phase=phase,
            status=status,
            value=Decimal(value),
            probability=probability,
            expected_close=_day(close),
            next_step=step,
            owner_id=demo.ids[owner],
            competitors=competitors,
            position=n,
        )


def _weserland_reviews(demo: DemoContext) -> None:
    w = demo.ids["weserland"]
    demo.add(
        "plan_review",
        account_id=w,
        reviewed_on=_day(-100),
        reviewer_id=demo.ids["weber"],
        notes=i18n.translate(
            "Demo", "The plan talks too much about prices and too little about Weserland's own goals."
        ),
        decisions=i18n.translate("Demo", "Make Brno the priority. Process cost analysis before the next price round."),
    )
    demo.add(
        "plan_review",
        account_id=w,
        reviewed_on=_day(-10),
        reviewer_id=demo.ids["weber"],
        notes=i18n.translate(
            "Demo", "Good progress in Brno. Overdue actions pile up with Jana; Lena takes over the catalogue work."
        ),
        decisions=i18n.translate(
            "Demo", "Framework agreement offer by the next review. Management meeting before the summer."
        ),
    )


def _other_accounts(demo: DemoContext) -> None:
    k, r = demo.ids["kessler"], demo.ids["rheinstahl"]
    goal = demo.add(
        "plan_goal",
        account_id=k,
        side="customer",
        title=i18n.translate("Demo", "A traceable torque tool for surgical instrument assembly"),
        measure=i18n.translate("Demo", "Prototype approved by Kessler's quality department"),
        target_on=_day(200),
        position=1,
    )
    demo.add(
        "plan_action",
        account_id=k,
        title=i18n.translate("Demo", "Joint innovation workshop on the torque tool"),
        owner_id=demo.ids["k_nowak"],
        due_on=_day(18),
        goal_id=goal,
        position=1,
    )
    demo.add(
        "opportunity",
        account_id=k,
        title=i18n.translate("Demo", "Development partnership: smart torque tool"),
        phase="needs_analysis",
        value=Decimal(250000),
        probability=50,
        expected_close=_day(160),
        next_step=i18n.translate("Demo", "Agree the specification with Kessler engineering"),
        owner_id=demo.ids["k_hoffmann"],
        position=1,
    )
    demo.add(
        "opportunity",
        account_id=r,
        title=i18n.translate("Demo", "Spring tender: fasteners and anchors"),
        phase="offer",
        value=Decimal(640000),
        probability=35,
        expected_close=_day(45),
        next_step=i18n.translate("Demo", "Submit the tender with the target price"),
        owner_id=demo.ids["r_berger"],
        position=1,
    )
    demo.add(
        "plan_action",
        account_id=r,
        title=i18n.translate("Demo", "Confirm delivery capacity for the tender volume"),
        owner_id=demo.ids["r_schulte"],
        due_on=_day(12),
        position=1,
    )
