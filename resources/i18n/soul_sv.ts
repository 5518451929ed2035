<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot start</source>
        <translation>Kan inte starta</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Databasen kunde inte öppnas.</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>This part is not built yet. It will come in a later version of SOUL Desktop; until then nothing can be entered or changed here.</source>
        <translation>Den här delen är inte byggd än. Den kommer i en senare version av SOUL Desktop; till dess går det inte att registrera eller ändra något här.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>First start</source>
        <translation>Första start</translation>
    </message>
    <message>
        <source>Welcome to SOUL Desktop</source>
        <translation>Välkommen till SOUL Desktop</translation>
    </message>
    <message>
        <source>This database is new. Tell SOUL Desktop who will use it. The answers are set once and travel with everything this installation records.</source>
        <translation>Databasen är ny. Berätta för SOUL Desktop vem som ska använda den. Svaren anges en gång och följer med allt som den här installationen registrerar.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>&amp;Regional office – plans the region&apos;s courses</source>
        <translation>&amp;Regionkontor – planerar regionens kurser</translation>
    </message>
    <message>
        <source>&amp;Workshop leader – takes attendance in the room</source>
        <translation>&amp;Kursledare – tar närvaro på plats</translation>
    </message>
    <message>
        <source>&amp;Central office – gathers all regions</source>
        <translation>&amp;Centralt kansli – samlar alla regioner</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Roll:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Välj en region…</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>R&amp;egion:</translation>
    </message>
    <message>
        <source>Name of the installation</source>
        <translation>Installationens namn</translation>
    </message>
    <message>
        <source>for example “Jämtland regional office”</source>
        <translation>till exempel ”Regionkontor Jämtland”</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>Kom &amp;igång</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Kom igång</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Inget sparades: %1</translation>
    </message>
    <message>
        <source>Give the installation a name.</source>
        <translation>Ge installationen ett namn.</translation>
    </message>
    <message>
        <source>The name can be at most %1 characters long.</source>
        <translation>Namnet får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <source>Choose the region this installation works in.</source>
        <translation>Välj den region som installationen arbetar i.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Central office</source>
        <translation>Centralt kansli</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Regionkontor</translation>
    </message>
    <message>
        <source>Workshop leader</source>
        <translation>Kursledare</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Hela landet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SOUL Desktop main window</source>
        <translation>SOUL Desktops huvudfönster</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <source>Here you will plan courses, workshops and seminars, with their sessions, venues and course leaders, and see who is enrolled.</source>
        <translation>Här kommer du att planera kurser, workshoppar och seminarier med deras kurstillfällen, lokaler och kursledare, och se vilka som är anmälda.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Here you will register organisations and participants, with the details the ESF reporting asks for, and enrol them in courses.</source>
        <translation>Här kommer du att registrera organisationer och deltagare med de uppgifter som ESF-redovisningen kräver, och anmäla dem till kurser.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Here you will print sign-in sheets, record who attended each session and for how long, and prepare the monthly attendance reports.</source>
        <translation>Här kommer du att skriva ut närvarolistor, registrera vem som deltog vid varje tillfälle och hur länge, och ta fram de månatliga närvarorapporterna.</translation>
    </message>
    <message>
        <source>4R</source>
        <translation>4R</translation>
    </message>
    <message>
        <source>Here you will work through the 4R gender equality analysis: representation and resources computed from the data, realia and realisation written as analysis and actions.</source>
        <translation>Här kommer du att arbeta med jämställdhetsanalysen 4R: representation och resurser räknas fram ur uppgifterna, realia och realisering skrivs som analys och åtgärder.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Here you will follow the programme&apos;s targets and produce reports for the funder.</source>
        <translation>Här kommer du att följa programmets mål och ta fram rapporter till finansiären.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synk</translation>
    </message>
    <message>
        <source>Here you will exchange files with other installations: course packs for workshop leaders, bundles for the central office and receipts back.</source>
        <translation>Här kommer du att utbyta filer med andra installationer: kurspaket till kursledare, paket till det centrala kansliet och kvitton tillbaka.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusfält</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Database upgraded; the old version is kept as %1</source>
        <translation>Databasen uppgraderad; den gamla versionen finns kvar som %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Den här installationen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>I databasen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <source>Course sessions</source>
        <translation>Kurstillfällen</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Anmälningar</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Närvaroregistreringar</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Närvarotimmar</translation>
    </message>
    <message>
        <source>&amp;Update figures</source>
        <translation>&amp;Uppdatera siffrorna</translation>
    </message>
    <message>
        <source>Update figures</source>
        <translation>Uppdatera siffrorna</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>Counted at %1.</source>
        <translation>Räknat kl. %1.</translation>
    </message>
    <message>
        <source>The figures could not be counted (%1).</source>
        <translation>Siffrorna kunde inte räknas fram (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Den här installationen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Installation ID</source>
        <translation>Installations-id</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Programmets språk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>A new language is used the next time you start SOUL Desktop.</source>
        <translation>Ett nytt språk används nästa gång du startar SOUL Desktop.</translation>
    </message>
</context>
</TS>
