"""Ready health profiles to start from (issue 13 item 4, HEALTH-1): "Start from scratch"
and templates whose groups score one-to-one engagement, call engagement, supported
tickets, CSM sentiment and NPS, activity recency and the renewal, over the standard
objects.

A template is built for the workspace it is used in (`Template.build(session)`): a rule
whose property the customer object lacks is left out, a group left with no rule is left
out, and the remaining groups' maxima are scaled back to 100; so a fresh, empty workspace
(Companies or Contacts as customers) gets a profile that validates and scores at once.
Rules are written in percent of their group's maximum and turned into points for it.

"Start from scratch" is the exception: a fit group and an engagement group of 50 points
each with no rules, which `editing.check_draft` refuses (field "rules") until the user
gives each group a rule (or drops one and gives the other 100).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy.orm import Session

from app.domain.health.editing import GroupDraft, ProfileDraft, RuleDraft
from app.domain.health.profiles import DAYS_SINCE, OPEN_TICKETS, RENEWAL, TOTAL_POINTS
from app.domain.i18n import QT_TR_NOOP
from app.domain.properties import PropertyInfo, load_properties
from app.domain.workspace import customer_object
from app.store import GroupKind, PropertyType

Props = Mapping[str, PropertyInfo]
# (label, config with points in percent of the group's maximum), or None when it does not fit
RuleOf = Callable[[Props], "list[tuple[str, dict[str, Any]]]"]
POSITIVE = ("positive", "very positive", "good", "great", "green", "happy", "promoter")
NEGATIVE = ("negative", "very negative", "poor", "bad", "red", "unhappy", "at risk", "detractor")


@dataclass(frozen=True)
class Template:
    key: str
    title: str
    description: str
    build: Callable[[Session], ProfileDraft]


@dataclass(frozen=True)
class _Group:
    name: str
    kind: GroupKind
    rules: RuleOf


# ---- the groups -----------------------------------------------------------------------------


def _one_to_one(props: Props) -> list[tuple[str, dict[str, Any]]]:
    return [
        ("Meetings in the last 30 days",
         {"event": "meetings", "window_days": 30, "bands": [[0, 0], [1, 40], [2, 60]]}),
        ("Meetings in the last 90 days",
         {"event": "meetings", "window_days": 90, "bands": [[0, 0], [2, 20], [4, 40]]}),
    ]  # fmt: skip


def _calls(props: Props) -> list[tuple[str, dict[str, Any]]]:
    return [
        ("Calls over 15 minutes in the last 30 days",
         {"event": "calls", "window_days": 30, "min_duration_s": 900,
          "bands": [[0, 0], [1, 60], [2, 100]]}),
    ]  # fmt: skip


def _tickets(props: Props) -> list[tuple[str, dict[str, Any]]]:
    return [  # fewer is better
        ("Open tickets", {"event": OPEN_TICKETS, "bands": [[0, 100], [1, 70], [3, 30], [5, 0]]}),
    ]


def _recency(props: Props) -> list[tuple[str, dict[str, Any]]]:
    return [
        ("Days since last activity",
         {"event": DAYS_SINCE, "bands": [[0, 100], [14, 70], [30, 40], [60, 0]]}),
    ]  # fmt: skip


def _renewal(props: Props) -> list[tuple[str, dict[str, Any]]]:
    """A renewal in the next 90 days weighs as risk: the group's points go to customers
    whose renewal is further away (no renewal date: no input)."""
    if not any(p.column == "renewal_date" for p in props.values()):
        return []
    return [
        ("Renewal within 90 days",
         {"event": RENEWAL, "window_days": 90, "bands": [[0, 100], [1, 0]]}),
    ]  # fmt: skip


def _option(prop: PropertyInfo | None, value: str) -> bool:
    return prop is not None and prop.type == PropertyType.CHOICE and value in prop.options


def _sentiment_property(props: Props) -> PropertyInfo | None:
    """A choice property of the CSM's sentiment ("CSM sentiment", "Sentiment"...), if any."""
    for p in props.values():
        if p.type == PropertyType.CHOICE and (
            "sentiment" in p.key.casefold() or "sentiment" in p.label.casefold()
        ):
            return p
    return None


def _sentiment_and_nps(props: Props) -> list[tuple[str, dict[str, Any]]]:
    """NPS (promoters, passives, a detractor with high priority) and, where the customer
    object has one, the CSM's sentiment choice (positive and negative options)."""
    rules: list[tuple[str, dict[str, Any]]] = []
    sentiment = _sentiment_property(props)
    good = [o for o in sentiment.options if o.casefold() in POSITIVE] if sentiment else []
    bad = [o for o in sentiment.options if o.casefold() in NEGATIVE] if sentiment else []
    nps = props.get("nps")
    nps_share = 60 if sentiment and (good or bad) else 100
    if nps is not None and nps.type == PropertyType.NUMBER:
        rules.append(
            (
                "Promoter (NPS 9 or more)",
                {"conditions": [{"property": "nps", "op": "gte", "value": 9}], "points": nps_share},
            )
        )
        rules.append(("Passive (NPS 7 or 8)", {
            "conditions": [{"property": "nps", "op": "gte", "value": 7},
                           {"property": "nps", "op": "lte", "value": 8}],
            "points": nps_share // 2}))  # fmt: skip
        if _option(props.get("priority"), "high"):
            rules.append(("Detractor with high priority", {
                "conditions": [{"property": "nps", "op": "lte", "value": 6},
                               {"property": "priority", "op": "is", "value": "high"}],
                "points": -nps_share // 2}))  # fmt: skip
    if sentiment is not None:
        share = 100 - nps_share if rules else 100
        if good:
            rules.append((f"{sentiment.label}: positive", {
                "conditions": [{"property": sentiment.key, "op": "is_any_of", "value": good}],
                "points": share}))  # fmt: skip
        if bad:
            rules.append((f"{sentiment.label}: negative", {
                "conditions": [{"property": sentiment.key, "op": "is_any_of", "value": bad}],
                "points": -share}))  # fmt: skip
    return rules


ONE_TO_ONE = _Group("One-to-one engagement", GroupKind.EVENT, _one_to_one)
CALLS = _Group("Call engagement", GroupKind.EVENT, _calls)
TICKETS = _Group("Supported tickets", GroupKind.EVENT, _tickets)
SENTIMENT = _Group("CSM sentiment and NPS", GroupKind.PROPERTY, _sentiment_and_nps)
RECENCY = _Group("Activity recency", GroupKind.EVENT, _recency)
RENEWAL_GROUP = _Group("Renewal", GroupKind.EVENT, _renewal)


# ---- building -------------------------------------------------------------------------------


def _points(percent: int, maximum: int) -> int:
    """`percent` of a group's maximum, rounded half away from zero, never 0 when the
    percent is not (a property rule must give or take some points)."""
    value = Fraction(percent * maximum, 100)
    whole = int(abs(value) + Fraction(1, 2)) * (1 if value >= 0 else -1)
    if whole == 0 and percent != 0:
        whole = 1 if percent > 0 else -1
    return whole


def _in_points(kind: GroupKind, config: dict[str, Any], maximum: int) -> dict[str, Any]:
    out = dict(config)
    if kind == GroupKind.PROPERTY:
        out["points"] = _points(int(config["points"]), maximum)
    else:
        out["bands"] = [[low, _points(p, maximum) if p else 0] for low, p in config["bands"]]
    return out


def scale_to_100(weights: Sequence[int]) -> list[int]:
    """Integer maxima, each at least 1, proportional to `weights` and summing to 100
    (largest remainder)."""
    total = sum(weights)
    exact = [Fraction(w * TOTAL_POINTS, total) for w in weights]
    out = [max(1, int(x)) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - int(exact[i])), i))
    k = 0
    while sum(out) < TOTAL_POINTS:
        out[order[k % len(order)]] += 1
        k += 1
    while sum(out) > TOTAL_POINTS:
        i = max(range(len(out)), key=lambda i: (out[i], -i))
        out[i] -= 1
    return out


def _draft(
    props: Props, name: str, description: str, groups: Sequence[tuple[_Group, int]]
) -> ProfileDraft:
    fitting = [(g, weight, g.rules(props)) for g, weight in groups]
    fitting = [f for f in fitting if f[2]]
    maxima = scale_to_100([weight for _g, weight, _rules in fitting]) if fitting else []
    drafts = [
        GroupDraft(
            g.name, g.kind, maximum,
            [RuleDraft(label, _in_points(g.kind, config, maximum)) for label, config in rules],
        )
        for (g, _weight, rules), maximum in zip(fitting, maxima, strict=True)
    ]  # fmt: skip
    return ProfileDraft(name, description, groups=drafts)


def _props(session: Session) -> Props:
    return load_properties(session, customer_object(session).id)


def _blank(session: Session) -> ProfileDraft:
    return ProfileDraft(
        "New health profile",
        groups=[
            GroupDraft("Fit", GroupKind.PROPERTY, 50, []),
            GroupDraft("Engagement", GroupKind.EVENT, 50, []),
        ],
    )


def _complete(session: Session) -> ProfileDraft:
    return _draft(
        _props(session),
        "Customer health",
        "Meetings and calls, open tickets, NPS and sentiment, recent activity and the renewal.",
        [(ONE_TO_ONE, 25), (CALLS, 15), (TICKETS, 15), (SENTIMENT, 25), (RECENCY, 10),
         (RENEWAL_GROUP, 10)],
    )  # fmt: skip


def _engagement(session: Session) -> ProfileDraft:
    return _draft(
        _props(session),
        "Engagement health",
        "How often the customer meets and talks with you, and how recently.",
        [(ONE_TO_ONE, 40), (CALLS, 30), (RECENCY, 30)],
    )


def _support(session: Session) -> ProfileDraft:
    return _draft(
        _props(session),
        "Support and sentiment",
        "Open tickets, NPS and the CSM's sentiment, and the renewal ahead.",
        [(TICKETS, 40), (SENTIMENT, 40), (RENEWAL_GROUP, 20)],
    )


TEMPLATES: tuple[Template, ...] = (
    Template(
        "blank",
        QT_TR_NOOP("Start from scratch"),
        QT_TR_NOOP("A fit group and an engagement group, 50 points each: add their rules."),
        _blank,
    ),
    Template(
        "complete",
        QT_TR_NOOP("Customer health"),
        QT_TR_NOOP(
            "One-to-one engagement, call engagement, supported tickets, CSM sentiment and NPS, "
            "days since last activity and renewal within 90 days."
        ),
        _complete,
    ),
    Template(
        "engagement",
        QT_TR_NOOP("Engagement"),
        QT_TR_NOOP(
            "Meetings in the last 30 and 90 days, calls over 15 minutes, days since last activity."
        ),
        _engagement,
    ),
    Template(
        "support",
        QT_TR_NOOP("Support and sentiment"),
        QT_TR_NOOP(
            "Open tickets (fewer is better), NPS and CSM sentiment, renewal within 90 days."
        ),
        _support,
    ),
)


def template(key: str) -> Template:
    """The template with this key (KeyError otherwise)."""
    for t in TEMPLATES:
        if t.key == key:
            return t
    raise KeyError(key)
