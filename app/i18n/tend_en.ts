<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message numerus="yes">
        <source>%n live alerts</source>
        <translation>
            <numerusform>%n live alert</numerusform>
            <numerusform>%n live alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssociationSection</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln tasks are selected.</source>
        <translation>
            <numerusform>The %Ln task is selected.</numerusform>
            <numerusform>All %Ln tasks are selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln tasks</source>
        <translation>
            <numerusform>Select the %Ln task</numerusform>
            <numerusform>Select all %Ln tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventSummary</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedTab</name>
    <message numerus="yes">
        <source>%n activity types</source>
        <translation>
            <numerusform>%n activity type</numerusform>
            <numerusform>%n activity types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, older ones below</source>
        <translation>
            <numerusform>%Ln shown, older ones below</numerusform>
            <numerusform>%Ln shown, older ones below</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>Advanced filters (%n)</source>
        <translation>
            <numerusform>Advanced filters (%n)</numerusform>
            <numerusform>Advanced filters (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthEditorDialog</name>
    <message numerus="yes">
        <source>%n of {most} chosen</source>
        <translation>
            <numerusform>%n of {most} chosen</numerusform>
            <numerusform>%n of {most} chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthSummaryCard</name>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message numerus="yes">
        <source>Exported %n items to {path}</source>
        <translation>
            <numerusform>Exported %n item to {path}</numerusform>
            <numerusform>Exported %n items to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items were skipped.</source>
        <translation>
            <numerusform>%n item was skipped.</numerusform>
            <numerusform>%n items were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be linked to their company.</source>
        <translation>
            <numerusform>%n will be linked to its company.</numerusform>
            <numerusform>%n will be linked to their company.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n rows…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows saved to {path}.</source>
        <translation>
            <numerusform>%n rejected row saved to {path}.</numerusform>
            <numerusform>%n rejected rows saved to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaintedDays</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <source>%n linked to their company.</source>
        <translation>
            <numerusform>%n linked to its company.</numerusform>
            <numerusform>%n linked to their company.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%Ln changes waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewCardWidget</name>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
</TS>
