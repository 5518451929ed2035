<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot start</source>
        <translation></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>This part is not built yet. It will come in a later version of SOUL Desktop; until then nothing can be entered or changed here.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>First start</source>
        <translation></translation>
    </message>
    <message>
        <source>Welcome to SOUL Desktop</source>
        <translation></translation>
    </message>
    <message>
        <source>This database is new. Tell SOUL Desktop who will use it. The answers are set once and travel with everything this installation records.</source>
        <translation></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Regional office – plans the region&apos;s courses</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Workshop leader – takes attendance in the room</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Central office – gathers all regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation></translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the installation</source>
        <translation></translation>
    </message>
    <message>
        <source>for example “Jämtland regional office”</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the installation a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The name can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the region this installation works in.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Central office</source>
        <translation></translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation></translation>
    </message>
    <message>
        <source>Workshop leader</source>
        <translation></translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SOUL Desktop main window</source>
        <translation></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation></translation>
    </message>
    <message>
        <source>Here you will plan courses, workshops and seminars, with their sessions, venues and course leaders, and see who is enrolled.</source>
        <translation></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation></translation>
    </message>
    <message>
        <source>Here you will register organisations and participants, with the details the ESF reporting asks for, and enrol them in courses.</source>
        <translation></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation></translation>
    </message>
    <message>
        <source>Here you will print sign-in sheets, record who attended each session and for how long, and prepare the monthly attendance reports.</source>
        <translation></translation>
    </message>
    <message>
        <source>4R</source>
        <translation></translation>
    </message>
    <message>
        <source>Here you will work through the 4R gender equality analysis: representation and resources computed from the data, realia and realisation written as analysis and actions.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation></translation>
    </message>
    <message>
        <source>Here you will follow the programme&apos;s targets and produce reports for the funder.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation></translation>
    </message>
    <message>
        <source>Here you will exchange files with other installations: course packs for workshop leaders, bundles for the central office and receipts back.</source>
        <translation></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation></translation>
    </message>
    <message>
        <source>Page</source>
        <translation></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Database</source>
        <translation></translation>
    </message>
    <message>
        <source>Database upgraded; the old version is kept as %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation></translation>
    </message>
    <message>
        <source>This installation</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation></translation>
    </message>
    <message>
        <source>In the database</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation></translation>
    </message>
    <message>
        <source>Course sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation></translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Update figures</source>
        <translation></translation>
    </message>
    <message>
        <source>Update figures</source>
        <translation></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation></translation>
    </message>
    <message>
        <source>Counted at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The figures could not be counted (%1).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>This installation</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation></translation>
    </message>
    <message>
        <source>Installation ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Database</source>
        <translation></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation></translation>
    </message>
    <message>
        <source>File</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation></translation>
    </message>
    <message>
        <source>A new language is used the next time you start SOUL Desktop.</source>
        <translation></translation>
    </message>
</context>
</TS>
