"""Which property each CSV column fills (DATA-4): guessed from the header with the column
names the common CRMs' exports use (UI exports: `Company name`, `Deal Stage`; API-name
exports: `NAME`, `ANNUALREVENUE`, `STAGENAME`), then any property's label or key, compared
without case, spaces, underscores or punctuation. Each column carries sample values and
how its first rows parse.

A column's target is a property key of the object, or one of the targets below that are
not plain properties: the record's pipeline and stage by name, a contact's first and last
name (joined into the name), the company a row names (by domain, name or source ID), and
`source_id`, the source CRM's record ID kept as a property."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.catalog import ACTIVITY_OBJECTS
from app.domain.csv_import import values
from app.domain.csv_import.reading import CsvFile
from app.domain.enums import ViewTab
from app.domain.errors import NotFound, ValidationError
from app.domain.i18n import QT_TR_NOOP, Message
from app.domain.pipelines import revenue_settings
from app.domain.properties import PropertyInfo, load_properties
from app.domain.saved_views import csm_property_key
from app.domain.viewer import Person
from app.domain.workspace import workspace_for
from app.store import ObjectType, Pipeline, Stage, User

PIPELINE, STAGE = "pipeline", "stage"
FIRST_NAME, LAST_NAME = "name:first", "name:last"
COMPANY_DOMAIN, COMPANY_NAME, COMPANY_ID = "company:domain", "company:name", "company:source_id"
SOURCE_ID = "source_id"
SOURCE_LABEL = "Source record ID"
LINKS = (COMPANY_DOMAIN, COMPANY_NAME, COMPANY_ID)
SPECIAL = (PIPELINE, STAGE, FIRST_NAME, LAST_NAME, *LINKS)
ACTIVITY_KEYS = frozenset(spec.key for spec in ACTIVITY_OBJECTS)
SAMPLE_ROWS = 100
SHOWN_SAMPLES = 5

# Role names below stand for the object's property in that promoted column.
NAME, KEY, OWNER = "@name", "@search_key", "@owner_id"

_COMMON = {
    "name": NAME, "recordid": SOURCE_ID, "id": SOURCE_ID, "sourceid": SOURCE_ID,
    "ownerid": OWNER, "owner": OWNER, "owneremail": OWNER, "pipeline": PIPELINE,
    "stage": STAGE, "stagename": STAGE,
}  # fmt: skip
_LINKED = {
    "accountid": COMPANY_ID, "associatedcompanyid": COMPANY_ID, "companyid": COMPANY_ID,
    "associatedcompany": COMPANY_NAME, "companyname": COMPANY_NAME, "company": COMPANY_NAME,
    "accountname": COMPANY_NAME, "companydomainname": COMPANY_DOMAIN,
    "companydomain": COMPANY_DOMAIN, "associatedcompanydomain": COMPANY_DOMAIN,
}  # fmt: skip
ALIASES: dict[str, dict[str, str]] = {
    "companies": {
        "companyname": NAME, "accountname": NAME, "companydomainname": KEY, "website": KEY,
        "websiteurl": KEY, "domain": KEY, "companyowner": "company_owner",
        "accountowner": "company_owner", "ownerid": "company_owner", "owner": "company_owner",
        "csm": "csm_owner", "phonenumber": "phone", "phone": "phone", "city": "city",
        "billingcity": "city", "countryregion": "country", "billingcountry": "country",
        "annualrevenue": "arr", "numberofemployees": "employees", "employees": "employees",
        "industry": "industry", "accountid": SOURCE_ID, "companyid": SOURCE_ID,
    },
    "contacts": {
        **_LINKED, "firstname": FIRST_NAME, "lastname": LAST_NAME, "email": KEY,
        "emailaddress": KEY, "contactowner": OWNER, "jobtitle": "job_title",
        "title": "job_title", "phonenumber": "phone", "phone": "phone", "mobilephone": "phone",
        "contactid": SOURCE_ID,
    },
    "deals": {
        **_LINKED, "dealname": NAME, "opportunityname": NAME, "dealowner": OWNER,
        "amount": "amount", "closedate": "close_date", "dealstage": STAGE,
        "dealtype": "deal_type", "type": "deal_type", "nextstep": "next_step",
        "opportunityid": SOURCE_ID, "dealid": SOURCE_ID,
    },
    "tickets": {
        **_LINKED, "ticketname": NAME, "subject": NAME, "ticketowner": OWNER,
        "ticketstatus": STAGE, "status": STAGE, "ticketid": SOURCE_ID, "caseid": SOURCE_ID,
        "casenumber": SOURCE_ID,
    },
    "services": {**_LINKED, "servicename": NAME, "serviceowner": OWNER, "serviceid": SOURCE_ID},
    "tasks": {
        **_LINKED, "title": "title", "tasktitle": "title", "taskname": "title",
        "subject": "title", "name": "title", "duedate": "due_date", "activitydate": "due_date",
        "due": "due_date", "status": "status", "taskstatus": "status", "priority": "priority",
        "taskpriority": "priority", "type": "type", "tasktype": "type",
        "assignedto": "assignee_id", "assignee": "assignee_id", "owner": "assignee_id",
        "taskowner": "assignee_id", "ownerid": "assignee_id", "owneremail": "assignee_id",
        "notes": "notes", "description": "notes", "body": "notes", "taskbody": "notes",
        "comments": "notes",
    },
}  # fmt: skip


def normalise(header: str) -> str:
    """A header compared without case, spaces, underscores or punctuation."""
    return re.sub(r"[^0-9a-z]", "", header.casefold())


@dataclass(frozen=True)
class ObjectCatalog:
    """What an import into one object reads once: its properties, the workspace's active
    users by e-mail and name, its pipelines and their stages by name, and the zone of
    times written without one."""

    object_type_id: uuid.UUID
    object_key: str
    singular: str
    has_pipelines: bool
    props: Mapping[str, PropertyInfo]
    users: Mapping[str, uuid.UUID]
    # lower-case pipeline name -> (pipeline id, {lower-case stage name: stage id})
    pipelines: Mapping[str, tuple[uuid.UUID, Mapping[str, uuid.UUID]]]
    first_stage: tuple[uuid.UUID, uuid.UUID] | None
    zone: dt.tzinfo = dt.UTC
    # property key -> normalised word -> option (a CRM's task statuses: tasks.SYNONYMS)
    synonyms: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @property
    def context(self) -> values.Context:
        return values.Context(self.zone, self.users)

    def word(self, key: str, text: str) -> str:
        """The option a CRM's word stands for in property `key` (`text` when none)."""
        return self.synonyms.get(key, {}).get(normalise(text), text)

    def by_column(self, column: str) -> PropertyInfo | None:
        """The property stored in a promoted column (the name, domain or e-mail, owner)."""
        return next((p for p in self.props.values() if p.column == column), None)

    def stage_named(self, pipeline: str | None, stage: str) -> tuple[uuid.UUID, uuid.UUID]:
        """(pipeline id, stage id) of a stage by name, within the named pipeline or, with
        none, the one pipeline that has such a stage; CellError otherwise."""
        wanted = stage.strip().casefold()
        if pipeline and pipeline.strip():
            found = self.pipelines.get(pipeline.strip().casefold())
            if found is None:
                raise values.CellError(
                    QT_TR_NOOP("There is no {object} pipeline “{pipeline}”."),
                    object=self.singular.lower(),
                    pipeline=pipeline,
                )
            stage_id = found[1].get(wanted)
            if stage_id is None:
                raise values.CellError(
                    QT_TR_NOOP("“{stage}” is not a stage of the {pipeline} pipeline."),
                    stage=stage,
                    pipeline=pipeline,
                )
            return found[0], stage_id
        matches = [(p, s[wanted]) for p, s in self.pipelines.values() if wanted in s]
        if not matches:
            raise values.CellError(
                QT_TR_NOOP("“{stage}” is not a stage of any {object} pipeline."),
                stage=stage,
                object=self.singular.lower(),
            )
        if len(matches) > 1:
            raise values.CellError(
                QT_TR_NOOP("“{stage}” is a stage of several pipelines: map a Pipeline column."),
                stage=stage,
            )
        return matches[0]

    def pipeline_named(self, pipeline: str) -> uuid.UUID:
        found = self.pipelines.get(pipeline.strip().casefold())
        if found is None:
            raise values.CellError(
                QT_TR_NOOP("There is no {object} pipeline “{pipeline}”."),
                object=self.singular.lower(),
                pipeline=pipeline,
            )
        return found[0]


def owner_property(session: Session, viewer: Person, catalog: ObjectCatalog) -> str | None:
    """The user property that says whose a record of this object is in the viewer's
    workspace (what "Owned by me" filters by): the CSM property of the customer, service or
    revenue object, else the object's owner; None when it has neither."""
    ws = workspace_for(session, viewer)
    tabs = []
    if catalog.object_type_id == ws.customer_object_id:
        tabs.append(ViewTab.CUSTOMERS)
    if catalog.object_type_id == ws.service_object_id:
        tabs.append(ViewTab.SERVICES)
    if any(r.object_type_id == catalog.object_type_id for r in revenue_settings(session, ws)):
        tabs.append(ViewTab.REVENUE)
    for tab in tabs:
        key = csm_property_key(session, ws, tab, catalog.object_type_id)
        if key is not None and key in catalog.props:
            return key
    owner = catalog.by_column("owner_id")
    return owner.key if owner is not None and not owner.is_read_only else None


def _users(session: Session) -> dict[str, uuid.UUID]:
    """The active users by lower-case name and e-mail."""
    users: dict[str, uuid.UUID] = {}
    live = select(User.id, User.name, User.email).where(
        User.deleted_at.is_(None), User.is_active.is_(True)
    )
    for user_id, name, email in session.execute(live):
        users.setdefault(name.casefold(), user_id)
        users[email.casefold()] = user_id
    return users


def load_catalog(session: Session, object_key: str, zone: dt.tzinfo = dt.UTC) -> ObjectCatalog:
    """The catalogue of the object with key `object_key` (NotFound if there is none)."""
    obj = session.scalars(
        select(ObjectType).where(ObjectType.key == object_key, ObjectType.deleted_at.is_(None))
    ).one_or_none()
    if obj is None:
        raise NotFound(QT_TR_NOOP("There is no object “{key}”."), key=object_key)
    users = _users(session)
    if obj.key == "tasks":  # a table of their own: their fields as properties
        from app.domain.csv_import.tasks import tasks_catalog

        return tasks_catalog(session, users, zone)
    if obj.key in ACTIVITY_KEYS:  # kept in tables of their own, not as records
        raise ValidationError(
            "object",
            QT_TR_NOOP("{objects} cannot be imported from a CSV file yet."),
            objects=obj.plural,
        )
    pipelines: dict[str, tuple[uuid.UUID, dict[str, uuid.UUID]]] = {}
    first: tuple[uuid.UUID, uuid.UUID] | None = None
    rows = session.execute(
        select(Pipeline.id, Pipeline.name, Stage.id, Stage.name)
        .join(Stage, Stage.pipeline_id == Pipeline.id)
        .where(
            Pipeline.object_type_id == obj.id,
            Pipeline.deleted_at.is_(None),
            Stage.deleted_at.is_(None),
        )
        .order_by(Pipeline.position, Pipeline.id, Stage.position, Stage.id)
    )
    for pipeline_id, pipeline_name, stage_id, stage_name in rows:
        entry = pipelines.setdefault(pipeline_name.casefold(), (pipeline_id, {}))
        entry[1].setdefault(stage_name.casefold(), stage_id)
        first = first or (pipeline_id, stage_id)
    return ObjectCatalog(
        obj.id, obj.key, obj.singular, obj.has_pipelines, load_properties(session, obj.id),
        users, pipelines, first, zone,
    )  # fmt: skip


@dataclass(frozen=True)
class ParseResult:
    """How a column's first rows parse: rows read, cells with a value, cells that parse,
    and the first failure (row number, cell, reason)."""

    checked: int
    filled: int
    parsed: int
    first_failure: tuple[int, str, str] | None = None  # row, cell, reason (in English)
    failure_message: Message = field(default=Message(""), compare=False)  # the reason

    def failure_reason(self) -> str:
        """The first failure's reason in the user's language ("" when none failed)."""
        if self.first_failure is None:
            return ""
        return _matching(self.failure_message, self.first_failure[2]).translated()


def _matching(message: Message, text: str) -> Message:
    """`message` when it is `text` in English, else `text` as a message of its own (a
    field replaced without its message)."""
    return message if message and str(message) == text else Message(text)


@dataclass(frozen=True)
class ColumnMapping:
    """One CSV column: its header, what it fills (None: skipped), how its cells are read,
    its first values and how they parse; `note` says why a guess was left out."""

    index: int
    header: str
    target: str | None
    options: values.ColumnOptions = field(default_factory=values.ColumnOptions)
    samples: tuple[str, ...] = ()
    result: ParseResult | None = None
    note: str = ""  # in English
    note_message: Message = field(default=Message(""), compare=False)  # the note, to translate

    def note_text(self) -> str:
        """The note in the user's language."""
        return _matching(self.note_message, self.note).translated() if self.note else ""


@dataclass(frozen=True)
class ImportMapping:
    """The columns of a file mapped onto an object, and the dedupe key: the target whose
    value finds the record a row updates (a company's domain, a contact's e-mail, the
    source ID), or None to always create."""

    object_key: str
    columns: tuple[ColumnMapping, ...]
    key: str | None = None
    targets: tuple[str, ...] = field(default=(), compare=False)
    # (user property key, user id) a created record gets when its row leaves that property
    # empty: imported customers are then in their importer's "Owned by me" view.
    owner: tuple[str, uuid.UUID] | None = None

    def mapped(self) -> list[ColumnMapping]:
        return [c for c in self.columns if c.target is not None]

    def with_target(self, header: str, target: str | None) -> ImportMapping:
        """This mapping with one column's target changed (None skips it)."""
        columns = tuple(
            replace(c, target=target) if c.header == header else c for c in self.columns
        )
        return replace(self, columns=columns)


def targets_of(catalog: ObjectCatalog) -> list[str]:
    """Every target a column may fill on this object: writable properties, the special
    targets that apply, and the source ID."""
    out = [p.key for p in sorted(catalog.props.values(), key=lambda p: p.position)
           if not p.is_read_only]  # fmt: skip
    if catalog.object_key == "contacts":
        out += [FIRST_NAME, LAST_NAME]
    if catalog.has_pipelines:
        out += [PIPELINE, STAGE]
    if catalog.object_key != "companies":
        out += list(LINKS)
    if SOURCE_ID not in out and catalog.object_key != "tasks":  # a task has no bag to keep it
        out.append(SOURCE_ID)
    return out


def _resolve(alias: str, catalog: ObjectCatalog) -> str | None:
    if alias.startswith("@"):
        prop = catalog.by_column(alias[1:])
        return prop.key if prop else None
    return alias


def guess_target(header: str, catalog: ObjectCatalog) -> tuple[str | None, str]:
    """The target a header names on this object, and a note when it names one Tend
    cannot fill (a read-only property such as the create date), in English."""
    target, note = _guess_target(header, catalog)
    return target, str(note)


def _guess_target(header: str, catalog: ObjectCatalog) -> tuple[str | None, Message]:
    wanted = normalise(header)
    allowed = set(targets_of(catalog))
    alias = ALIASES.get(catalog.object_key, {}).get(wanted) or _COMMON.get(wanted)
    if alias is not None:
        target = _resolve(alias, catalog)
        if target in allowed:
            return target, Message("")
    for prop in sorted(catalog.props.values(), key=lambda p: p.position):
        if wanted in (normalise(prop.label), normalise(prop.key)):
            if prop.is_read_only:
                return None, Message(
                    QT_TR_NOOP("{field} is kept by Tend itself and is not imported."),
                    {"field": prop.label},
                )
            return prop.key, Message("")
    if wanted in ("createdate", "createddate", "createdat", "lastmodifieddate", "lastactivitydate"):
        return None, Message(QT_TR_NOOP("Tend keeps its own create and activity dates."))
    return None, Message("")


def guess_mapping(session: Session, source: CsvFile, catalog: ObjectCatalog) -> ImportMapping:
    """Each column's guessed target, its sample values and parse results, and the dedupe
    key; a guess whose sample values all fail to parse is left unmapped, with the reason."""
    sample = source.sample(SAMPLE_ROWS)
    seen: set[str] = set()
    columns = []
    for index, header in enumerate(source.header):
        target, note = _guess_target(header, catalog)
        if target is not None and target in seen:
            target, note = None, Message(QT_TR_NOOP("Another column already fills this property."))
        texts = [cells[index] for _row, cells in sample]
        prop = catalog.props.get(target) if target else None
        column = ColumnMapping(
            index, header, target, values.guess_options(prop, texts, source.delimiter),
            tuple(t for t in texts if t.strip())[:SHOWN_SAMPLES], note=str(note),
            note_message=note,
        )  # fmt: skip
        column = replace(column, result=parse_column(column, sample, catalog))
        result = column.result
        if result is not None and result.filled and not result.parsed and result.first_failure:
            why = Message(
                QT_TR_NOOP("No sample parses: {reason}"), {"reason": result.failure_message}
            )
            column = replace(column, target=None, note=str(why), note_message=why)
        if column.target is not None:
            seen.add(column.target)
        columns.append(column)
    mapping = ImportMapping(catalog.object_key, tuple(columns), targets=tuple(targets_of(catalog)))
    return replace(mapping, key=default_key(mapping, catalog))


def default_key(mapping: ImportMapping, catalog: ObjectCatalog) -> str | None:
    """The source ID when a column holds it, else the domain or e-mail (the property in
    the `search_key` column) when mapped, else None."""
    mapped = {c.target for c in mapping.columns}
    if SOURCE_ID in mapped:
        return SOURCE_ID
    key = catalog.by_column("search_key")
    return key.key if key is not None and key.key in mapped else None


def check_columns(session: Session, source: CsvFile, mapping: ImportMapping,
                  catalog: ObjectCatalog) -> ImportMapping:  # fmt: skip
    """The mapping with every column's samples and parse results read again (after the
    user changed targets or options)."""
    sample = source.sample(SAMPLE_ROWS)
    columns = tuple(
        replace(
            c,
            samples=tuple(t for t in (cells[c.index] for _r, cells in sample) if t.strip())[
                :SHOWN_SAMPLES
            ],
            result=parse_column(c, sample, catalog),
        )
        for c in mapping.columns
    )
    return replace(mapping, columns=columns)


def parse_column(
    column: ColumnMapping, rows: Sequence[tuple[int, list[str]]], catalog: ObjectCatalog
) -> ParseResult | None:
    """How the column's cells in `rows` parse for its target (None when skipped)."""
    if column.target is None:
        return None
    filled = parsed = 0
    failure = None
    message = Message("")
    for row, cells in rows:
        text = cells[column.index] if column.index < len(cells) else ""
        if not text.strip():
            continue
        filled += 1
        try:
            check_cell(column, text, catalog)
            parsed += 1
        except values.CellError as exc:
            if failure is None:
                failure, message = (row, text, str(exc)), exc.message_parts
    return ParseResult(len(rows), filled, parsed, failure, message)


def check_cell(column: ColumnMapping, text: str, catalog: ObjectCatalog) -> object:
    """One cell parsed for its column's target alone (a stage without its pipeline is
    looked up in every pipeline)."""
    target = column.target
    if target == STAGE:
        wanted = text.strip().casefold()
        if not any(wanted in stages for _p, stages in catalog.pipelines.values()):
            raise values.CellError(
                QT_TR_NOOP("“{text}” is not a stage of any {object} pipeline."),
                text=text,
                object=catalog.singular.lower(),
            )
        return text.strip()
    if target == PIPELINE:
        return catalog.pipeline_named(text)
    if target in SPECIAL or (target == SOURCE_ID and SOURCE_ID not in catalog.props):
        return text.strip()
    prop = catalog.props.get(target or "")
    if prop is None:
        raise values.CellError(
            QT_TR_NOOP("“{field}” is not a property of {objects}."),
            field=target,
            objects=f"{catalog.singular.lower()}s",
        )
    return values.parse_cell(prop, catalog.word(prop.key, text), column.options, catalog.context)
