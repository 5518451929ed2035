<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About SOUL Desktop</source>
        <translation>Om SOUL Desktop</translation>
    </message>
    <message>
        <source>SOUL Desktop %1</source>
        <translation>SOUL Desktop %1</translation>
    </message>
    <message>
        <source>Planning, attendance and reporting for SOUL, Sociala ekonomins organisationer i Utveckling och Lärande.</source>
        <translation>Planering, närvaro och rapporter för SOUL, Sociala ekonomins organisationer i Utveckling och Lärande.</translation>
    </message>
    <message>
        <source>Part-financed by the European Social Fund (Europeiska socialfonden).</source>
        <translation>Delfinansierat av Europeiska socialfonden.</translation>
    </message>
    <message>
        <source>Proprietary software of the SOUL programme. All rights reserved.</source>
        <translation>Programvara som tillhör SOUL-programmet. Alla rättigheter förbehållna.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear the field</source>
        <translation>Töm fältet</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Ändra åtgärd</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Lägg till en åtgärd</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>Such as: Invite more men to…</source>
        <translation>Till exempel: Bjud in fler män till…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Vem som är ansvarig</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>V&amp;em:</translation>
    </message>
    <message>
        <source>By when (date)</source>
        <translation>Klart senast (datum)</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>&amp;Klart senast:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>The finding behind the action</source>
        <translation>Iakttagelsen bakom åtgärden</translation>
    </message>
    <message>
        <source>What in the analysis led to this action?</source>
        <translation>Vad i analysen ledde fram till åtgärden?</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Iakttagelse:</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Anteckning om uppföljning</translation>
    </message>
    <message>
        <source>What came of it, and what next?</source>
        <translation>Vad blev resultatet, och vad händer nu?</translation>
    </message>
    <message>
        <source>Follow-&amp;up:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The passphrase remembered on this computer no longer opens this database (was it changed elsewhere?). Type the current one.</source>
        <translation>Lösenfrasen som den här datorn kommer ihåg öppnar inte längre databasen (har den bytts någon annanstans?). Skriv den nuvarande lösenfrasen.</translation>
    </message>
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
    <name>Attendance</name>
    <message>
        <source>E</source>
        <comment>one-letter mark for an excused (valid) absence; Swedish G</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>ej markerad</translation>
    </message>
    <message>
        <source>present</source>
        <translation>närvarande</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>frånvarande</translation>
    </message>
    <message>
        <source>excused absence</source>
        <translation>giltig frånvaro</translation>
    </message>
    <message>
        <source>partly present</source>
        <translation>delvis närvarande</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvis genomförd</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Ej genomförd</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (walk-in)</source>
        <translation>%1 (drop-in)</translation>
    </message>
    <message>
        <source>%1: enrolled after this session</source>
        <translation>%1: anmäld efter det här kurstillfället</translation>
    </message>
    <message>
        <source>(%1 of %2 min)</source>
        <translation>(%1 av %2 min)</translation>
    </message>
    <message>
        <source>%1: attended %2 of %3 planned; %4</source>
        <translation>%1: närvaro %2 av %3 planerade; %4</translation>
    </message>
    <message>
        <source>%1: %2 present, %3 partly, %4 absent, %5 excused, %6 not marked of %7 expected</source>
        <translation>%1: %2 närvarande, %3 delvis, %4 frånvarande, %5 med giltig frånvaro, %6 ej markerade av %7 förväntade</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1 completed, %2 partly, %3 not completed</source>
        <translation>%1 har genomfört, %2 delvis, %3 har inte genomfört</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>came as a walk-in</source>
        <translation>kom som drop-in</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Genomförande</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Närvarotimmar</translation>
    </message>
    <message>
        <source>Share of the planned hours attended</source>
        <translation>Andel av de planerade timmarna med närvaro</translation>
    </message>
    <message>
        <source>Completed at %1 % of the planned hours</source>
        <translation>Genomförd vid %1 % av de planerade timmarna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
</context>
<context>
    <name>AttendanceDialogs</name>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Type to find a course…</source>
        <translation>Skriv för att hitta en kurs…</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Drop-in…</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Lägg till en drop-in-deltagare</translation>
    </message>
    <message>
        <source>Add someone who came to the door (Ctrl+N)</source>
        <translation>Lägg till någon som kom utan anmälan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Attendance views</source>
        <translation>Närvarovyer</translation>
    </message>
    <message>
        <source>Course &amp;grid</source>
        <translation>&amp;Hela kursen</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>Choose a course to take its attendance.</source>
        <translation>Välj en kurs för att registrera närvaro.</translation>
    </message>
    <message>
        <source>Attendance grid: persons by sessions</source>
        <translation>Närvarotabell: personer och kurstillfällen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>✓ present   ✗ absent   E excused absence   90 min partly present   – enrolled after the session</source>
        <translation>✓ närvarande   ✗ frånvarande   G giltig frånvaro   90 min delvis närvarande   – anmäld efter kurstillfället</translation>
    </message>
    <message>
        <source>Space: present → absent → excused   P or Enter: partly present   Delete: clear   Ctrl+N: walk-in   Ctrl+Z: undo</source>
        <translation>Mellanslag: närvarande → frånvarande → giltig frånvaro   P eller Enter: delvis närvarande   Delete: rensa   Ctrl+N: drop-in   Ctrl+Z: ångra</translation>
    </message>
    <message>
        <source>Looking for today&apos;s session…</source>
        <translation>Letar efter dagens kurstillfälle…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Find a person on today&apos;s list</source>
        <translation>Sök en person på dagens lista</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Skriv ett namn</translation>
    </message>
    <message>
        <source>Today&apos;s list</source>
        <translation>Dagens lista</translation>
    </message>
    <message>
        <source>Type letters of a name to find it.   Space or Enter: present   Delete: absent   Escape: show everyone   Ctrl+N: walk-in</source>
        <translation>Skriv bokstäver ur ett namn för att hitta det.   Mellanslag eller Enter: närvarande   Delete: frånvarande   Esc: visa alla   Ctrl+N: drop-in</translation>
    </message>
    <message>
        <source>%1 persons enrolled, %2 sessions</source>
        <translation>%1 anmälda personer, %2 kurstillfällen</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>inga kurstillfällen</translation>
    </message>
    <message>
        <source>No session today. The course grid has every session of a course.</source>
        <translation>Inget kurstillfälle i dag. Fliken Hela kursen visar alla kurstillfällen i en kurs.</translation>
    </message>
    <message>
        <source>Clear %1 on %2</source>
        <translation>Rensa markeringen för %1 (%2)</translation>
    </message>
    <message>
        <source>Mark %1 %3 on %2</source>
        <translation>Markera %1 som %3 (%2)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sparades inte: %1</translation>
    </message>
    <message>
        <source>Choose a course (or a session today) first.</source>
        <translation>Välj först en kurs (eller ett kurstillfälle i dag).</translation>
    </message>
    <message>
        <source>The course has no sessions yet.</source>
        <translation>Kursen har inga kurstillfällen än.</translation>
    </message>
    <message>
        <source>Add walk-in %1</source>
        <translation>Lägg till drop-in %1</translation>
    </message>
    <message>
        <source>%1 sessions, %2 persons. Attended %3 of %4 planned. %5 completed, %6 partly, %7 not completed (rule: %8 % of the planned hours).</source>
        <translation>%1 kurstillfällen, %2 personer. Närvaro %3 av %4 planerade. %5 har genomfört, %6 delvis, %7 har inte genomfört (krav: %8 % av de planerade timmarna).</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>%1 av %2 närvarande</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>(today)</source>
        <translation>(i dag)</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Inga kurstillfällen</translation>
    </message>
    <message>
        <source>w. %1</source>
        <translation>v. %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 till</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Nuvarande &amp;lösenfras:</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Skriv den nuvarande lösenfrasen.</translation>
    </message>
    <message>
        <source>This is not the current passphrase. Nothing was changed.</source>
        <translation>Det här är inte den nuvarande lösenfrasen. Inget har ändrats.</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Sysselsättning</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Tillgänglighetsbehov</translation>
    </message>
    <message>
        <source>Accessibility note</source>
        <translation>Anteckning om tillgänglighet</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Funktionsnedsättning</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtycke lämnat</translation>
    </message>
    <message>
        <source>Declined to give personal identity number</source>
        <translation>Vill inte uppge personnummer</translation>
    </message>
    <message>
        <source>Declined to state education</source>
        <translation>Vill inte uppge utbildning</translation>
    </message>
    <message>
        <source>Declined to state employment</source>
        <translation>Vill inte uppge sysselsättning</translation>
    </message>
    <message>
        <source>Declined to state disability</source>
        <translation>Vill inte svara om funktionsnedsättning</translation>
    </message>
    <message>
        <source>Declined to state accessibility needs</source>
        <translation>Vill inte uppge tillgänglighetsbehov</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Sammanslagen med</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Juridisk form</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Antal platser</translation>
    </message>
    <message>
        <source>Budget (SEK)</source>
        <translation>Budget (kr)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attendance needed to complete (%)</source>
        <translation>Närvarokrav för genomförd kurs (%)</translation>
    </message>
    <message>
        <source>Activity code</source>
        <translation>Aktivitetskod</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Kurstillfälle</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Kursledare</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Minutes attended</source>
        <translation>Minuter närvarande</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status sedan</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Notes on accessibility</source>
        <translation>Anteckningar om tillgänglighet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Owning region</source>
        <translation>Tillhör region</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>This conflict is no longer in the list.</source>
        <translation>Konflikten finns inte längre i listan.</translation>
    </message>
    <message>
        <source>This conflict has already been decided.</source>
        <translation>Konflikten har redan avgjorts.</translation>
    </message>
    <message>
        <source>The record this conflict is about is not in this database.</source>
        <translation>Posten som konflikten gäller finns inte i den här databasen.</translation>
    </message>
    <message>
        <source>The record has been deleted since, so the other value cannot be written to it. Keep the value, or restore the record first.</source>
        <translation>Posten har tagits bort sedan dess, så det andra värdet kan inte skrivas till den. Behåll värdet eller återställ först posten.</translation>
    </message>
    <message>
        <source>The other value breaks a rule of the record as it is now (for example a session that would end before it starts). Change the record instead.</source>
        <translation>Det andra värdet bryter mot en regel för posten som den ser ut nu (till exempel ett kurstillfälle som skulle sluta innan det börjar). Ändra posten i stället.</translation>
    </message>
    <message>
        <source>The other value is damaged and cannot be used.</source>
        <translation>Det andra värdet är skadat och kan inte användas.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Behållet värde</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Behållet från</translation>
    </message>
    <message>
        <source>Kept made</source>
        <translation>Behållet ändrat</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Andra värdet</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Andra från</translation>
    </message>
    <message>
        <source>Other made</source>
        <translation>Andra ändrat</translation>
    </message>
</context>
<context>
    <name>ConflictReviewPanel</name>
    <message>
        <source>Conflicts to review</source>
        <translation>Konflikter att granska</translation>
    </message>
    <message>
        <source>When two installations changed the same field before they exchanged bundles, every installation keeps the later change, and the other value is listed here. Decide which value is right; a decision to use the other value goes to the other installations with the next bundle.</source>
        <translation>När två installationer har ändrat samma fält innan de har utbytt paket behåller alla installationer den senare ändringen, och det andra värdet listas här. Bestäm vilket värde som är rätt; ett beslut att använda det andra värdet skickas till de andra installationerna med nästa paket.</translation>
    </message>
    <message>
        <source>No conflicts to review</source>
        <translation>Inga konflikter att granska</translation>
    </message>
    <message>
        <source>Conflict review status</source>
        <translation>Status för konfliktgranskningen</translation>
    </message>
    <message>
        <source>Kept everywhere</source>
        <translation>Behålls överallt</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Behåll det här värdet</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>Det andra värdet</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>Använd &amp;det andra värdet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>The record was deleted</source>
        <translation>Posten togs bort</translation>
    </message>
    <message>
        <source>&amp;Keep it deleted</source>
        <translation>&amp;Behåll borttagningen</translation>
    </message>
    <message>
        <source>Keep the record deleted</source>
        <translation>Låt posten förbli borttagen</translation>
    </message>
    <message>
        <source>Edited later</source>
        <translation>Ändrad senare</translation>
    </message>
    <message>
        <source>&amp;Restore with the later edit</source>
        <translation>&amp;Återställ med den senare ändringen</translation>
    </message>
    <message>
        <source>Restore the record with the later edit</source>
        <translation>Återställ posten med den senare ändringen</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Behåll det här värdet</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Använd det andra värdet</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Från: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Ändrat: %1</translation>
    </message>
    <message>
        <source>The record is not in this database.</source>
        <translation>Posten finns inte i den här databasen.</translation>
    </message>
    <message>
        <source>The record has been restored since.</source>
        <translation>Posten har återställts sedan dess.</translation>
    </message>
    <message>
        <source>%1 deleted this record; %2 changed it later without knowing. The record stays deleted unless you restore it.</source>
        <translation>%1 tog bort posten; %2 ändrade den senare utan att veta om det. Posten förblir borttagen om du inte återställer den.</translation>
    </message>
    <message>
        <source>The record has been deleted since.</source>
        <translation>Posten har tagits bort sedan dess.</translation>
    </message>
    <message>
        <source>Changed since: the record now holds %1.</source>
        <translation>Ändrat sedan dess: posten innehåller nu %1.</translation>
    </message>
    <message>
        <source>Keep the value of %1</source>
        <translation>Behåll värdet för %1</translation>
    </message>
    <message>
        <source>Use the other value of %1</source>
        <translation>Använd det andra värdet för %1</translation>
    </message>
    <message>
        <source>Decision taken back: %1 is open again.</source>
        <translation>Beslutet har tagits tillbaka: %1 ska granskas igen.</translation>
    </message>
    <message>
        <source>Kept the value of %1.</source>
        <translation>Värdet för %1 behölls.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 har återställts.</translation>
    </message>
    <message>
        <source>%1 now holds the other value; the next bundles carry it to the other installations.</source>
        <translation>%1 har nu det andra värdet; nästa paket för det vidare till de andra installationerna.</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <source>Edit count</source>
        <translation>Ändra räkning</translation>
    </message>
    <message>
        <source>Add a count by hand</source>
        <translation>Lägg till en räkning gjord för hand</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Organ:</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>Organets namn</translation>
    </message>
    <message>
        <source>Such as: The programme&apos;s steering group</source>
        <translation>Till exempel: Programmets styrgrupp</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Counted on (date)</source>
        <translation>Räknat den (datum)</translation>
    </message>
    <message>
        <source>&amp;Counted on:</source>
        <translation>&amp;Räknat den:</translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation>Personer: %1</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>Personer:</translation>
    </message>
</context>
<context>
    <name>CourseForm</name>
    <message>
        <source>Course details</source>
        <translation>Kursuppgifter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Capacity (places)</source>
        <translation>Antal platser</translation>
    </message>
    <message>
        <source>Budget in SEK</source>
        <translation>Budget i kronor</translation>
    </message>
    <message>
        <source>Completion threshold in per cent</source>
        <translation>Närvarokrav för genomförd kurs, i procent</translation>
    </message>
    <message>
        <source>Network of the meeting</source>
        <translation>Träffens nätverk</translation>
    </message>
    <message>
        <source>Transnational activity</source>
        <translation>Transnationell aktivitet</translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation>Kompetensområden</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Kursledare</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Ta&amp;rget group</source>
        <translation>&amp;Målgrupp</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>Antal &amp;platser</translation>
    </message>
    <message>
        <source>&amp;Budget (SEK)</source>
        <translation>&amp;Budget (kr)</translation>
    </message>
    <message>
        <source>Completion t&amp;hreshold (%)</source>
        <translation>Närvarokra&amp;v (%)</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>&amp;Nätverk</translation>
    </message>
    <message>
        <source>Transnational acti&amp;vity</source>
        <translation>T&amp;ransnationell aktivitet</translation>
    </message>
    <message>
        <source>Competence &amp;areas</source>
        <translation>&amp;Kompetensområden</translation>
    </message>
    <message>
        <source>&amp;Leaders</source>
        <translation>K&amp;ursledare</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>B&amp;eskrivning</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Inget nätverk</translation>
    </message>
    <message>
        <source>A network no longer recorded</source>
        <translation>Ett nätverk som inte längre är registrerat</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <source>Courses, venues and calendar</source>
        <translation>Kurser, lokaler och kalender</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Lokaler</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alla regioner</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Filtrera på region</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <source>Competence area filter</source>
        <translation>Filtrera på kompetensområde</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtrera på typ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtrera på status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Sessions from (date filter)</source>
        <translation>Kurstillfällen från och med (datumfilter)</translation>
    </message>
    <message>
        <source>Sessions until (date filter)</source>
        <translation>Kurstillfällen till och med (datumfilter)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Kompetensområde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sessions from</source>
        <translation>Kurstillfällen från</translation>
    </message>
    <message>
        <source>until</source>
        <translation>till och med</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Search title, area, leader, target group</source>
        <translation>Sök på titel, område, kursledare, målgrupp</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Sök kurser</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;New course</source>
        <translation>&amp;Ny kurs</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Ny kurs</translation>
    </message>
    <message>
        <source>Delete c&amp;ourse</source>
        <translation>Ta b&amp;ort kurs</translation>
    </message>
    <message>
        <source>Delete the selected course</source>
        <translation>Ta bort den valda kursen</translation>
    </message>
    <message>
        <source>The selected course</source>
        <translation>Den valda kursen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Kurstillfällen</translation>
    </message>
    <message>
        <source>Warnings for the course</source>
        <translation>Varningar för kursen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Search name, municipality, address</source>
        <translation>Sök på namn, kommun, adress</translation>
    </message>
    <message>
        <source>Search venues</source>
        <translation>Sök lokaler</translation>
    </message>
    <message>
        <source>New &amp;venue</source>
        <translation>Ny &amp;lokal</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Ny lokal</translation>
    </message>
    <message>
        <source>Delete venu&amp;e</source>
        <translation>Ta bort lo&amp;kal</translation>
    </message>
    <message>
        <source>Delete the selected venue</source>
        <translation>Ta bort den valda lokalen</translation>
    </message>
    <message>
        <source>Region of the venues</source>
        <translation>Lokalernas region</translation>
    </message>
    <message>
        <source>Region of the calendar</source>
        <translation>Kalenderns region</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n kurs</numerusform>
            <numerusform>%n kurser</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>No warnings for this course.</source>
        <translation>Inga varningar för den här kursen.</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Varningar (%1)</translation>
    </message>
    <message>
        <source>Choose a region in the filter first.</source>
        <translation>Välj först en region i filtret.</translation>
    </message>
    <message>
        <source>Delete course “%1”</source>
        <translation>Ta bort kursen ”%1”</translation>
    </message>
    <message>
        <source>Change course “%1”</source>
        <translation>Ändra kursen ”%1”</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Lägg till kurstillfälle</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n session(s)</source>
        <translation>
            <numerusform>Ta bort %n kurstillfälle</numerusform>
            <numerusform>Ta bort %n kurstillfällen</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat session weekly × %1</source>
        <translation>Upprepa kurstillfället varje vecka × %1</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>Ändra kurstillfälle</translation>
    </message>
    <message>
        <source>Choose the venue&apos;s region first.</source>
        <translation>Välj först lokalens region.</translation>
    </message>
    <message>
        <source>Delete venue “%1”</source>
        <translation>Ta bort lokalen ”%1”</translation>
    </message>
    <message>
        <source>Change venue “%1”</source>
        <translation>Ändra lokalen ”%1”</translation>
    </message>
</context>
<context>
    <name>DrillProgressBar</name>
    <message>
        <source>Press Enter to see the persons or courses behind the number</source>
        <translation>Tryck Enter för att se personerna eller kurserna bakom siffran</translation>
    </message>
</context>
<context>
    <name>DrillTableView</name>
    <message>
        <source>Move to a number with the arrow keys and press Enter to see what is behind it</source>
        <translation>Gå till en siffra med piltangenterna och tryck Enter för att se vad som ligger bakom den</translation>
    </message>
</context>
<context>
    <name>DuplicateReviewPanel</name>
    <message>
        <source>Duplicate persons</source>
        <translation>Dubbletter av personer</translation>
    </message>
    <message>
        <source>Persons who may be registered twice, most alike first: the same personnummer, or the same name with the same birth year or organisation. Choose a pair, compare the two, choose who stays and merge the other into them.</source>
        <translation>Personer som kan vara registrerade två gånger, de mest lika först: samma personnummer, eller samma namn med samma födelseår eller organisation. Välj ett par, jämför de två, välj vem som ska behållas och slå ihop den andra med den personen.</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>&amp;Uppdatera listan</translation>
    </message>
    <message>
        <source>Look for duplicate persons again</source>
        <translation>Sök efter dubbletter av personer igen</translation>
    </message>
    <message>
        <source>Duplicate review status</source>
        <translation>Status för dubblettgranskningen</translation>
    </message>
    <message>
        <source>Possible duplicate persons</source>
        <translation>Möjliga dubbletter av personer</translation>
    </message>
    <message>
        <source>Person 1</source>
        <translation>Person 1</translation>
    </message>
    <message>
        <source>Person 2</source>
        <translation>Person 2</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Slå ihop…</translation>
    </message>
    <message>
        <source>Merge the other person into the one to keep</source>
        <translation>Slå ihop den andra personen med den som behålls</translation>
    </message>
    <message>
        <source>What the merge does</source>
        <translation>Vad sammanslagningen gör</translation>
    </message>
    <message>
        <source>Looking for duplicate persons…</source>
        <translation>Söker efter dubbletter av personer…</translation>
    </message>
    <message>
        <source>No likely duplicates: no two persons share a personnummer, or a name with a birth year or an organisation.</source>
        <translation>Inga troliga dubbletter: inga två personer har samma personnummer, eller samma namn tillsammans med samma födelseår eller organisation.</translation>
    </message>
    <message>
        <source>The %1 most alike pairs are shown; merge some and refresh for more.</source>
        <translation>De %1 mest lika paren visas; slå ihop några och uppdatera listan för att se fler.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate pair(s), most alike first.</source>
        <translation>
            <numerusform>%n möjligt dubblettpar.</numerusform>
            <numerusform>%n möjliga dubblettpar, de mest lika först.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a pair in the list.</source>
        <translation>Välj ett par i listan.</translation>
    </message>
    <message>
        <source>%1: stays</source>
        <translation>%1: behålls</translation>
    </message>
    <message>
        <source>%1: is merged into %2</source>
        <translation>%1: slås ihop med %2</translation>
    </message>
    <message>
        <source>%1 stays; %2 is merged into them.</source>
        <translation>%1 behålls; %2 slås ihop med den personen.</translation>
    </message>
    <message>
        <source>Merge duplicate persons</source>
        <translation>Slå ihop dubbletter</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <source>Working out what the merge would move…</source>
        <translation>Tar reda på vad sammanslagningen skulle flytta…</translation>
    </message>
    <message>
        <source>Not merged.</source>
        <translation>Ingen sammanslagning gjordes.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Slår ihop…</translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation>%1 har slagits ihop med %2.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Same personnummer</source>
        <translation>Samma personnummer</translation>
    </message>
    <message>
        <source>Same name and birth year</source>
        <translation>Samma namn och födelseår</translation>
    </message>
    <message>
        <source>Same name and organisation</source>
        <translation>Samma namn och organisation</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nationell</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Likhet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Person 1</source>
        <translation>Person 1</translation>
    </message>
    <message>
        <source>Person 2</source>
        <translation>Person 2</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>kön</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>födelseår</translation>
    </message>
    <message>
        <source>personnummer</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <source>declined to give a personnummer</source>
        <translation>vill inte uppge personnummer</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>datum för samtycke</translation>
    </message>
    <message>
        <source>education</source>
        <translation>utbildning</translation>
    </message>
    <message>
        <source>declined to state education</source>
        <translation>vill inte uppge utbildning</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>sysselsättning</translation>
    </message>
    <message>
        <source>declined to state employment</source>
        <translation>vill inte uppge sysselsättning</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>funktionsnedsättning</translation>
    </message>
    <message>
        <source>declined to answer about disability</source>
        <translation>vill inte svara om funktionsnedsättning</translation>
    </message>
    <message>
        <source>accessibility needs</source>
        <translation>tillgänglighetsbehov</translation>
    </message>
    <message>
        <source>accessibility note</source>
        <translation>anteckning om tillgänglighet</translation>
    </message>
    <message>
        <source>declined to state accessibility needs</source>
        <translation>vill inte uppge tillgänglighetsbehov</translation>
    </message>
    <message>
        <source>Duplicate persons are reviewed at the central office or at a regional office, not on a workshop leader&apos;s installation.</source>
        <translation>Dubbletter av personer granskas på det centrala kansliet eller på ett regionkontor, inte i en kursledares installation.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>En person kan inte slås ihop med sig själv.</translation>
    </message>
    <message>
        <source>The person to keep no longer exists; refresh the list.</source>
        <translation>Personen som ska behållas finns inte längre; uppdatera listan.</translation>
    </message>
    <message>
        <source>The person to merge no longer exists; refresh the list.</source>
        <translation>Personen som ska slås ihop finns inte längre; uppdatera listan.</translation>
    </message>
    <message>
        <source>%1 has already been merged into another person; refresh the list.</source>
        <translation>%1 har redan slagits ihop med en annan person; uppdatera listan.</translation>
    </message>
    <message>
        <source>%1 was merged into %2 earlier; merging back would go round in a circle.</source>
        <translation>%1 har tidigare slagits ihop med %2, som då behölls; att slå ihop dem åt andra hållet skulle gå runt i en cirkel.</translation>
    </message>
    <message>
        <source>%1 and %2 have different personnummer: they are two persons.</source>
        <translation>%1 och %2 har olika personnummer: de är två olika personer.</translation>
    </message>
    <message>
        <source>%1 belongs to region %2; this installation merges persons of %3 only.</source>
        <translation>%1 hör till region %2; den här installationen slår bara ihop personer i %3.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Anmälningar</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>Närvaromarkeringar</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Närvarotimmar</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Keep this person</source>
        <translation>Behåll den här personen</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Behåll %1</translation>
    </message>
    <message>
        <source>Keep %1 (%2) and merge the other into them</source>
        <translation>Behåll %1 (%2) och slå ihop den andra personen med %1</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the database</source>
        <translation>Kryptera databasen</translation>
    </message>
    <message>
        <source>SOUL Desktop first copies the database as it is, then writes an encrypted copy next to it, checks that copy row by row and only then puts it in the place of the original. If anything goes wrong on the way, the original stays as it was. The unencrypted copy is deleted at the end. Other programs using this database must be closed first.</source>
        <translation>SOUL Desktop kopierar först databasen som den är, skriver sedan en krypterad kopia bredvid den, kontrollerar kopian rad för rad och sätter först därefter in den i originalets ställe. Om något går fel på vägen förblir originalet som det var. Den okrypterade kopian tas bort till sist. Andra program som använder databasen måste stängas först.</translation>
    </message>
</context>
<context>
    <name>EncryptionSection</name>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Byt lösenfras…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>&amp;Encrypt this database…</source>
        <translation>&amp;Kryptera den här databasen…</translation>
    </message>
    <message>
        <source>Encrypt this database</source>
        <translation>Kryptera den här databasen</translation>
    </message>
    <message>
        <source>&amp;Forget the remembered passphrase</source>
        <translation>&amp;Glöm den sparade lösenfrasen</translation>
    </message>
    <message>
        <source>Forget the remembered passphrase</source>
        <translation>Glöm den sparade lösenfrasen</translation>
    </message>
    <message>
        <source>This is a PostgreSQL database: the database server&apos;s own access control protects it, and SOUL Desktop does not encrypt it.</source>
        <translation>Det här är en PostgreSQL-databas: databasserverns egen behörighetskontroll skyddar den, och SOUL Desktop krypterar den inte.</translation>
    </message>
    <message>
        <source>The database file is encrypted (SQLCipher, AES-256). It opens only with its passphrase.</source>
        <translation>Databasfilen är krypterad (SQLCipher, AES-256). Den kan bara öppnas med sin lösenfras.</translation>
    </message>
    <message>
        <source>The database file is not encrypted: anyone who gets hold of the file, or of this computer, can read everything in it.</source>
        <translation>Databasfilen är inte krypterad: den som kommer åt filen, eller den här datorn, kan läsa allt som finns i den.</translation>
    </message>
    <message>
        <source>This computer remembers the passphrase (in its keyring).</source>
        <translation>Den här datorn kommer ihåg lösenfrasen (i sin nyckelring).</translation>
    </message>
    <message>
        <source>The passphrase is asked for at every start.</source>
        <translation>Lösenfrasen efterfrågas vid varje start.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Lösenfrasen har bytts.</translation>
    </message>
    <message>
        <source>The database is now encrypted.</source>
        <translation>Databasen är nu krypterad.</translation>
    </message>
    <message>
        <source>These older backups next to it are not encrypted; delete them, or keep them somewhere safe:</source>
        <translation>De här äldre säkerhetskopiorna bredvid den är inte krypterade; ta bort dem eller förvara dem på ett säkert ställe:</translation>
    </message>
    <message>
        <source>The passphrase could not be remembered: %1</source>
        <translation>Datorn kunde inte komma ihåg lösenfrasen: %1</translation>
    </message>
    <message>
        <source>This computer no longer remembers the passphrase; it is asked for at the next start.</source>
        <translation>Den här datorn kommer inte längre ihåg lösenfrasen; den efterfrågas vid nästa start.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol on %1</source>
        <translation>Anmäl till %1</translation>
    </message>
    <message>
        <source>Enrol persons</source>
        <translation>Anmäl personer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Find persons to enrol</source>
        <translation>Sök personer att anmäla</translation>
    </message>
    <message>
        <source>Name, organisation, municipality or e-mail</source>
        <translation>Namn, organisation, kommun eller e-post</translation>
    </message>
    <message>
        <source>Loading persons…</source>
        <translation>Läser in personer…</translation>
    </message>
    <message>
        <source>Persons to enrol</source>
        <translation>Personer att anmäla</translation>
    </message>
    <message>
        <source>Type to narrow the list, Down to go into it, Shift+arrows or Ctrl+click to choose several, Enter to enrol them.</source>
        <translation>Skriv för att begränsa listan, Nedpil för att gå in i den, Skift+piltangenter eller Ctrl+klick för att välja flera, Enter för att anmäla dem.</translation>
    </message>
    <message>
        <source>&amp;Enrol chosen</source>
        <translation>&amp;Anmäl valda</translation>
    </message>
    <message>
        <source>Enrol the chosen persons</source>
        <translation>Anmäl de valda personerna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 hittade</translation>
    </message>
    <message>
        <source>Choose at least one person to enrol.</source>
        <translation>Välj minst en person att anmäla.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <source>Enrolments</source>
        <translation>Anmälningar</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Anmäl…</translation>
    </message>
    <message>
        <source>Enrol persons</source>
        <translation>Anmäl personer</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>A&amp;vanmäl</translation>
    </message>
    <message>
        <source>Withdraw the chosen enrolment</source>
        <translation>Avanmäl den valda anmälan</translation>
    </message>
    <message>
        <source>&amp;Accept offer</source>
        <translation>Tacka &amp;ja</translation>
    </message>
    <message>
        <source>Accept the offered place</source>
        <translation>Tacka ja till den erbjudna platsen</translation>
    </message>
    <message>
        <source>De&amp;cline offer</source>
        <translation>Tacka n&amp;ej</translation>
    </message>
    <message>
        <source>Decline the offered place</source>
        <translation>Tacka nej till den erbjudna platsen</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <source>Status history of the chosen enrolment</source>
        <translation>Statushistorik för den valda anmälan</translation>
    </message>
    <message>
        <source>Choose a course to see who is enrolled.</source>
        <translation>Välj en kurs för att se vilka som är anmälda.</translation>
    </message>
    <message>
        <source>Loading enrolments…</source>
        <translation>Läser in anmälningar…</translation>
    </message>
    <message>
        <source>%1 enrolled</source>
        <translation>%1 anmälda</translation>
    </message>
    <message>
        <source>%1 offered a place</source>
        <translation>%1 med erbjuden plats</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 på väntelistan</translation>
    </message>
    <message>
        <source>No limit on places</source>
        <translation>Obegränsat antal platser</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 platser</translation>
    </message>
    <message>
        <source>Warning: %1 more than the places.</source>
        <translation>Varning: %1 fler än antalet platser.</translation>
    </message>
    <message>
        <source>Enrol one person</source>
        <translation>Anmäl en person</translation>
    </message>
    <message>
        <source>Enrol %1 persons</source>
        <translation>Anmäl %1 personer</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>Avanmäl %1</translation>
    </message>
    <message>
        <source>Accept the place for %1</source>
        <translation>Tacka ja till platsen för %1</translation>
    </message>
    <message>
        <source>Decline the place for %1</source>
        <translation>Tacka nej till platsen för %1</translation>
    </message>
    <message>
        <source>Enrolled: %1.</source>
        <translation>Anmälda: %1.</translation>
    </message>
    <message>
        <source>%1 enrolled.</source>
        <translation>%1 anmälda.</translation>
    </message>
    <message>
        <source>The course is full: %1 put on the waitlist (%2).</source>
        <translation>Kursen är full: %1 har satts på väntelistan (%2).</translation>
    </message>
    <message>
        <source>Enrolment undone.</source>
        <translation>Anmälan ångrad.</translation>
    </message>
    <message>
        <source>%1 has withdrawn.</source>
        <translation>%1 är avanmäld.</translation>
    </message>
    <message>
        <source>%1 is back as before.</source>
        <translation>%1 är tillbaka som tidigare.</translation>
    </message>
    <message>
        <source>%1 has taken the place.</source>
        <translation>%1 har tackat ja till platsen.</translation>
    </message>
    <message>
        <source>%1 has the offer open again.</source>
        <translation>%1 har erbjudandet öppet igen.</translation>
    </message>
    <message>
        <source>%1 declined the place.</source>
        <translation>%1 tackade nej till platsen.</translation>
    </message>
    <message>
        <source>Offered the free place: %1.</source>
        <translation>Erbjuden den lediga platsen: %1.</translation>
    </message>
    <message>
        <source>Back on the waitlist: %1.</source>
        <translation>Tillbaka på väntelistan: %1.</translation>
    </message>
</context>
<context>
    <name>EraseConfirmation</name>
    <message>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <source>Erase the personal data of %1</source>
        <translation>Radera personuppgifterna för %1</translation>
    </message>
    <message>
        <source>Erase the personal data of %1?</source>
        <translation>Radera personuppgifterna för %1?</translation>
    </message>
    <message>
        <source>Erased: the name (shown as “Raderad person” from now on), personnummer, e-mail, phone, birth year, organisation, municipality, employment, education, disability, accessibility needs and consent date; notes on the person&apos;s attendance and enrolments; the name on network boards. Also in duplicates merged into this person.</source>
        <translation>Raderas: namnet (visas från och med nu som ”Raderad person”), personnummer, e-post, telefon, födelseår, organisation, kommun, sysselsättning, utbildning, funktionsnedsättning, tillgänglighetsbehov och datum för samtycke; anteckningar om personens närvaro och anmälningar; namnet i nätverksstyrelser. Även i dubbletter som har slagits ihop med den här personen.</translation>
    </message>
    <message>
        <source>Kept: gender, role in the organisation and region, and the enrolments and attendance themselves (statuses and hours), so that the programme&apos;s figures stay the same.</source>
        <translation>Behålls: kön, roll i organisationen, region samt själva anmälningarna och närvaron (status och timmar), så att programmets siffror förblir desamma.</translation>
    </message>
    <message>
        <source>The erasure goes to the other installations with the next bundle, and no older bundle can bring the data back. It cannot be undone. If the person asked for a register extract, export it first.</source>
        <translation>Raderingen skickas till de andra installationerna med nästa paket, och inget äldre paket kan föra tillbaka uppgifterna. Raderingen kan inte ångras. Om personen har begärt ett registerutdrag, exportera det först.</translation>
    </message>
    <message>
        <source>What the erasure does</source>
        <translation>Vad raderingen gör</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the erasure log):</source>
        <translation>&amp;Orsak (sparas i raderingsloggen):</translation>
    </message>
    <message>
        <source>Reason for the erasure</source>
        <translation>Orsak till raderingen</translation>
    </message>
    <message>
        <source>e.g. the person&apos;s request of 28 November</source>
        <translation>t.ex. personens begäran den 28 november</translation>
    </message>
    <message>
        <source>&amp;Erase personal data</source>
        <translation>&amp;Radera personuppgifter</translation>
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
        <source>The database is encrypted with a passphrase you choose; it is asked for when SOUL Desktop starts, unless this computer remembers it.</source>
        <translation>Databasen krypteras med en lösenfras som du väljer; den efterfrågas när SOUL Desktop startar, om inte den här datorn kommer ihåg den.</translation>
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
        <source>If central (or your coordinator, for a workshop leader&apos;s laptop) gave you an enrolment file, choose it: it sets the role, region and name, and other installations accept this one&apos;s bundles only when it is enrolled.</source>
        <translation>Om centrala kansliet (eller din samordnare, för en kursledares bärbara dator) har gett dig en anslutningsfil, välj den: den anger roll, region och namn, och andra installationer tar bara emot paket från den här installationen när den är ansluten.</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Anslutningsfil</translation>
    </message>
    <message>
        <source>none: answer below instead</source>
        <translation>ingen: svara nedan i stället</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Choose an enrolment file</source>
        <translation>Välj en anslutningsfil</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Ingen fil</translation>
    </message>
    <message>
        <source>Set up without an enrolment file</source>
        <translation>Kom igång utan anslutningsfil</translation>
    </message>
    <message>
        <source>Enrolment &amp;file:</source>
        <translation>&amp;Anslutningsfil:</translation>
    </message>
    <message>
        <source>One-time code of the enrolment file</source>
        <translation>Anslutningsfilens engångskod</translation>
    </message>
    <message>
        <source>for example ABCDE-FGHJK-LMNPQ-RSTUV</source>
        <translation>till exempel ABCDE-FGHJK-LMNPQ-RSTUV</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>En&amp;gångskod:</translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol *.json);;All files (*)</source>
        <translation>Anslutningsfiler (*.enrol *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1, %2%3, enrolled by %4. Central&apos;s key fingerprint: %5; compare it with the one central gives you.</source>
        <translation>%1, %2%3, ansluten av %4. Centrala kansliets nyckelfingeravtryck: %5; jämför det med det som centrala kansliet ger dig.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Lösenfrasen sparades inte</translation>
    </message>
    <message>
        <source>The installation is set up and its database encrypted, but the passphrase could not be remembered: %1 It will be asked for at the next start.</source>
        <translation>Installationen är konfigurerad och databasen krypterad, men datorn kunde inte komma ihåg lösenfrasen: %1 Den efterfrågas vid nästa start.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Inget sparades: %1</translation>
    </message>
</context>
<context>
    <name>FourR</name>
    <message>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Styrgrupp</translation>
    </message>
    <message>
        <source>Partner&apos;s board</source>
        <translation>Partnerns styrelse</translation>
    </message>
    <message>
        <source>Network board</source>
        <translation>Nätverksstyrelse</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Annat organ</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Pengar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Lokaler</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Hidden: fewer than 5 persons, who could be recognised.</source>
        <translation>Dolt: färre än 5 personer, som skulle kunna identifieras.</translation>
    </message>
    <message>
        <source>Hidden: with the other figures it would give away a count under 5.</source>
        <translation>Dolt: tillsammans med de andra siffrorna skulle det avslöja ett antal under 5.</translation>
    </message>
    <message>
        <source>Every period</source>
        <translation>Alla perioder</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Från %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Till och med %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>totalt %1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>dolt</translation>
    </message>
    <message>
        <source>Overdue: still open after the date it was due.</source>
        <translation>Försenad: fortfarande öppen efter sista datum.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Kompetensområde</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alla datum</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>till och med %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Anmälda</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>På väntelistan</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Genomförde</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <source>Course leaders</source>
        <translation>Kursledare</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Roll: %1</translation>
    </message>
    <message>
        <source>Attended hours</source>
        <translation>Närvarotimmar</translation>
    </message>
    <message>
        <source>Persons who attended</source>
        <translation>Personer som deltog</translation>
    </message>
    <message>
        <source>Hours per person</source>
        <translation>Timmar per person</translation>
    </message>
    <message>
        <source>Budget by participant hours</source>
        <translation>Budget fördelad på deltagartimmar</translation>
    </message>
    <message>
        <source>Course leaders&apos; hours</source>
        <translation>Kursledartimmar</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>Räknat den</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Registrerad den</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>Why (beginning)</source>
        <translation>Varför (början)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Project period (%1 – %2)</source>
        <translation>Projektperioden (%1 – %2)</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alla datum</translation>
    </message>
    <message>
        <source>%1, first half (January–June)</source>
        <translation>%1, första halvåret (januari–juni)</translation>
    </message>
    <message>
        <source>%1, second half (July–December)</source>
        <translation>%1, andra halvåret (juli–december)</translation>
    </message>
</context>
<context>
    <name>FourRPage</name>
    <message>
        <source>4R gender equality analysis</source>
        <translation>Jämställdhetsanalys med 4R</translation>
    </message>
    <message>
        <source>What the figures are for</source>
        <translation>Vad siffrorna gäller</translation>
    </message>
    <message>
        <source>The four steps of 4R</source>
        <translation>4R-metodens fyra steg</translation>
    </message>
    <message>
        <source>R1 Representation</source>
        <translation>R1 Representation</translation>
    </message>
    <message>
        <source>R2 Resources</source>
        <translation>R2 Resurser</translation>
    </message>
    <message>
        <source>R3 Realia</source>
        <translation>R3 Realia</translation>
    </message>
    <message>
        <source>R4 Realisation</source>
        <translation>R4 Realisering</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Typ av enhet</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Period from (date)</source>
        <translation>Period från (datum)</translation>
    </message>
    <message>
        <source>Period until (date)</source>
        <translation>Period till och med (datum)</translation>
    </message>
    <message>
        <source>&amp;Hide counts under 5</source>
        <translation>&amp;Dölj antal under 5</translation>
    </message>
    <message>
        <source>Hide counts under 5</source>
        <translation>Dölj antal under 5</translation>
    </message>
    <message>
        <source>Shows “&lt; 5” for groups of one to four persons, before sharing figures.</source>
        <translation>Visar ”&lt; 5” för grupper på en till fyra personer, inför att siffrorna delas.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Update the figures</source>
        <translation>Uppdatera siffrorna</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>Un&amp;til</source>
        <translation>T&amp;ill och med</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Representation by gender</source>
        <translation>Representation efter kön</translation>
    </message>
    <message>
        <source>Regional network boards</source>
        <translation>Regionala nätverksstyrelser</translation>
    </message>
    <message>
        <source>Regional network boards by gender</source>
        <translation>Regionala nätverksstyrelser efter kön</translation>
    </message>
    <message>
        <source>No network board is recorded for this unit.</source>
        <translation>Ingen nätverksstyrelse är registrerad för den här enheten.</translation>
    </message>
    <message>
        <source>Counted by hand (bodies outside the register)</source>
        <translation>Räknat för hand (organ utanför registret)</translation>
    </message>
    <message>
        <source>Counts made by hand</source>
        <translation>Räkningar gjorda för hand</translation>
    </message>
    <message>
        <source>Resources by gender</source>
        <translation>Resurser efter kön</translation>
    </message>
    <message>
        <source>Attended hours by competence area</source>
        <translation>Närvarotimmar per kompetensområde</translation>
    </message>
    <message>
        <source>Resources recorded by hand (money, time, space)</source>
        <translation>Resurser registrerade för hand (pengar, tid, lokaler)</translation>
    </message>
    <message>
        <source>Resources recorded by hand</source>
        <translation>Resurser registrerade för hand</translation>
    </message>
    <message>
        <source>&amp;Why do representation and the distribution of resources look like this?</source>
        <translation>&amp;Varför ser representationen och resursfördelningen ut så här?</translation>
    </message>
    <message>
        <source>Look at R1 and R2: where are women, men, other and not stated many or few, and what explains it?</source>
        <translation>Titta på R1 och R2: var är kvinnor, män, annat och ej angivet många eller få, och vad förklarar det?</translation>
    </message>
    <message>
        <source>On wh&amp;ose terms is the activity shaped?</source>
        <translation>På vems vi&amp;llkor formas verksamheten?</translation>
    </message>
    <message>
        <source>Who decides the content, the times and the places? Whose needs and experience are the starting point?</source>
        <translation>Vem bestämmer innehållet, tiderna och platserna? Vems behov och erfarenheter är utgångspunkten?</translation>
    </message>
    <message>
        <source>Which no&amp;rms are at work?</source>
        <translation>Vilka &amp;normer styr verksamheten?</translation>
    </message>
    <message>
        <source>Which ideas of what is normal, expected or suitable shape the activity?</source>
        <translation>Vilka föreställningar om vad som är normalt, förväntat eller lämpligt formar verksamheten?</translation>
    </message>
    <message>
        <source>Author of the analysis</source>
        <translation>Analysens författare</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Spara som ny version</translation>
    </message>
    <message>
        <source>Save the analysis as a new version</source>
        <translation>Spara analysen som en ny version</translation>
    </message>
    <message>
        <source>Written &amp;by:</source>
        <translation>Skriven &amp;av:</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Tidigare versioner</translation>
    </message>
    <message>
        <source>Saved versions of the analysis</source>
        <translation>Sparade versioner av analysen</translation>
    </message>
    <message>
        <source>The chosen version (read only)</source>
        <translation>Den valda versionen (skrivskyddad)</translation>
    </message>
    <message>
        <source>Start from this &amp;version</source>
        <translation>Ut&amp;gå från den här versionen</translation>
    </message>
    <message>
        <source>Copy the chosen version into the questions</source>
        <translation>Kopiera den valda versionen till frågorna</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Add a count</source>
        <translation>Lägg till en räkning</translation>
    </message>
    <message>
        <source>Edit the selected count</source>
        <translation>Ändra den valda räkningen</translation>
    </message>
    <message>
        <source>Delete the selected count</source>
        <translation>Ta bort den valda räkningen</translation>
    </message>
    <message>
        <source>Add a resource</source>
        <translation>Lägg till en resurs</translation>
    </message>
    <message>
        <source>Edit the selected resource</source>
        <translation>Ändra den valda resursen</translation>
    </message>
    <message>
        <source>Delete the selected resource</source>
        <translation>Ta bort den valda resursen</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Lägg till en åtgärd</translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation>Ändra den valda åtgärden</translation>
    </message>
    <message>
        <source>Delete the selected action</source>
        <translation>Ta bort den valda åtgärden</translation>
    </message>
    <message>
        <source>Status of the selected action</source>
        <translation>Status för den valda åtgärden</translation>
    </message>
    <message>
        <source>Statu&amp;s:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>The selected action (read only)</source>
        <translation>Den valda åtgärden (skrivskyddad)</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Egna datum…</translation>
    </message>
    <message>
        <source>The whole programme</source>
        <translation>Hela programmet</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>inga kurstillfällen</translation>
    </message>
    <message>
        <source>Find a course</source>
        <translation>Sök en kurs</translation>
    </message>
    <message>
        <source>Type part of the title</source>
        <translation>Skriv en del av titeln</translation>
    </message>
    <message>
        <source>the whole programme</source>
        <translation>hela programmet</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>region %1</translation>
    </message>
    <message>
        <source>competence area %1</source>
        <translation>kompetensområde %1</translation>
    </message>
    <message>
        <source>the course “%1”</source>
        <translation>kursen ”%1”</translation>
    </message>
    <message>
        <source>Choose a course from the list.</source>
        <translation>Välj en kurs i listan.</translation>
    </message>
    <message>
        <source>Write a date as YYYY-MM-DD, such as 2010-03-01.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2010-03-01.</translation>
    </message>
    <message>
        <source>Counting the figures for %1, %2…</source>
        <translation>Räknar fram siffrorna för %1, %2…</translation>
    </message>
    <message numerus="yes">
        <source>Figures for %1, %2: %n course(s), counted at %3.</source>
        <translation>
            <numerusform>Siffror för %1, %2: %n kurs, räknat kl. %3.</numerusform>
            <numerusform>Siffror för %1, %2: %n kurser, räknat kl. %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget of courses nobody attended (cannot be divided by gender): %1</source>
        <translation>Budget för kurser utan deltagare (kan inte fördelas på kön): %1</translation>
    </message>
    <message>
        <source>Hours of sessions with no course leader recorded: %1</source>
        <translation>Timmar för kurstillfällen utan registrerad kursledare: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue: still open after the date due.</source>
        <translation>
            <numerusform>%n åtgärd är försenad: fortfarande öppen efter sista datum.</numerusform>
            <numerusform>%n åtgärder är försenade: fortfarande öppna efter sista datum.</numerusform>
        </translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Ingen åtgärd är försenad.</translation>
    </message>
    <message>
        <source>The analysis of %1, %2. Each save keeps a new version; earlier versions stay as they were.</source>
        <translation>Analysen av %1, %2. Varje gång du sparar blir det en ny version; tidigare versioner förblir som de var.</translation>
    </message>
    <message>
        <source>Add count “%1”</source>
        <translation>Lägg till räkningen ”%1”</translation>
    </message>
    <message>
        <source>Change count “%1”</source>
        <translation>Ändra räkningen ”%1”</translation>
    </message>
    <message>
        <source>Delete count “%1”</source>
        <translation>Ta bort räkningen ”%1”</translation>
    </message>
    <message>
        <source>Add resource “%1”</source>
        <translation>Lägg till resursen ”%1”</translation>
    </message>
    <message>
        <source>Change resource “%1”</source>
        <translation>Ändra resursen ”%1”</translation>
    </message>
    <message>
        <source>Delete resource “%1”</source>
        <translation>Ta bort resursen ”%1”</translation>
    </message>
    <message>
        <source>No version has been saved yet.</source>
        <translation>Ingen version har sparats än.</translation>
    </message>
    <message>
        <source>Version %1, written %2 by %3</source>
        <translation>Version %1, skriven %2 av %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>Why do representation and the distribution of resources look like this?</source>
        <translation>Varför ser representationen och resursfördelningen ut så här?</translation>
    </message>
    <message>
        <source>On whose terms is the activity shaped?</source>
        <translation>På vems villkor formas verksamheten?</translation>
    </message>
    <message>
        <source>Which norms are at work?</source>
        <translation>Vilka normer styr verksamheten?</translation>
    </message>
    <message>
        <source>Save the analysis</source>
        <translation>Spara analysen</translation>
    </message>
    <message>
        <source>Choose an action in the list to read it whole.</source>
        <translation>Välj en åtgärd i listan för att läsa den i sin helhet.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Vem: %1</translation>
    </message>
    <message>
        <source>By when: %1</source>
        <translation>Klart senast: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Applies to: %1</source>
        <translation>Gäller: %1</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Iakttagelse: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Uppföljning: %1</translation>
    </message>
    <message>
        <source>Set the status of “%1” to %2</source>
        <translation>Sätt status för ”%1” till %2</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Change action</source>
        <translation>Ändra åtgärd</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
</context>
<context>
    <name>GenderBars</name>
    <message>
        <source>Distribution by gender</source>
        <translation>Fördelning efter kön</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Användarguide</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Användarguidens text</translation>
    </message>
    <message>
        <source>Tab moves between links, Enter follows one, Alt+Left goes back</source>
        <translation>Tabb flyttar mellan länkar, Retur följer en länk, Alt+Vänsterpil går tillbaka</translation>
    </message>
    <message>
        <source>Guide buttons</source>
        <translation>Guidens knappar</translation>
    </message>
    <message>
        <source>Close the user guide</source>
        <translation>Stäng användarguiden</translation>
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
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Kurstillfälle</translation>
    </message>
    <message>
        <source>Course area</source>
        <translation>Kursens kompetensområde</translation>
    </message>
    <message>
        <source>Course leader</source>
        <translation>Kursledare</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Anmälan</translation>
    </message>
    <message>
        <source>Enrolment history</source>
        <translation>Anmälningshistorik</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Regional network</source>
        <translation>Regionalt nätverk</translation>
    </message>
    <message>
        <source>Network member</source>
        <translation>Nätverksmedlem</translation>
    </message>
    <message>
        <source>Network board member</source>
        <translation>Styrelseledamot i nätverk</translation>
    </message>
    <message>
        <source>4R representation</source>
        <translation>4R-representation</translation>
    </message>
    <message>
        <source>4R resources</source>
        <translation>4R-resurser</translation>
    </message>
    <message>
        <source>4R analysis</source>
        <translation>4R-analys</translation>
    </message>
    <message>
        <source>4R action</source>
        <translation>4R-åtgärd</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milstolpe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Transnational activity</source>
        <translation>Transnationell aktivitet</translation>
    </message>
    <message>
        <source>Project profile</source>
        <translation>Projektprofil</translation>
    </message>
    <message>
        <source>Programme region</source>
        <translation>Region i programmet</translation>
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
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>4R</source>
        <translation>4R</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synk</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarguide</translation>
    </message>
    <message>
        <source>&amp;About SOUL Desktop</source>
        <translation>&amp;Om SOUL Desktop</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sparades inte: %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Ändringen sparades inte</translation>
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
    <name>MergeWording</name>
    <message>
        <source>Merge %1 into %2?</source>
        <translation>Slå ihop %1 med %2, som behålls?</translation>
    </message>
    <message>
        <source>What moves to %1:</source>
        <translation>Det här flyttas till %1:</translation>
    </message>
    <message>
        <source>• nothing: %1 has no enrolments, attendance or details to add</source>
        <translation>• ingenting: %1 har inga anmälningar, ingen närvaro och inga uppgifter att lägga till</translation>
    </message>
    <message numerus="yes">
        <source>• %n enrolment(s)</source>
        <translation>
            <numerusform>• %n anmälan</numerusform>
            <numerusform>• %n anmälningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them on a course where %1 is already enrolled: the one further along is kept)</source>
        <translation>
            <numerusform>(%n av dem gäller en kurs där %1 redan är anmäld: den anmälan som har kommit längst behålls)</numerusform>
            <numerusform>(%n av dem gäller kurser där %1 redan är anmäld: den anmälan som har kommit längst behålls)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them for a session where %1 is already marked: the better mark is kept)</source>
        <translation>
            <numerusform>(%n av dem gäller ett kurstillfälle där %1 redan har en närvaromarkering: den bättre markeringen behålls)</numerusform>
            <numerusform>(%n av dem gäller kurstillfällen där %1 redan har en närvaromarkering: den bättre markeringen behålls)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n freed place(s) offered to the first on the waitlist</source>
        <translation>
            <numerusform>• %n plats som blir ledig erbjuds den som står först på väntelistan</numerusform>
            <numerusform>• %n platser som blir lediga erbjuds dem som står först på väntelistan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n attendance mark(s)</source>
        <translation>
            <numerusform>• %n närvaromarkering</numerusform>
            <numerusform>• %n närvaromarkeringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n course leadership(s), session(s) led or board seat(s)</source>
        <translation>
            <numerusform>• %n kursledaruppdrag, lett kurstillfälle eller styrelseuppdrag</numerusform>
            <numerusform>• %n kursledaruppdrag, ledda kurstillfällen eller styrelseuppdrag</numerusform>
        </translation>
    </message>
    <message>
        <source>• empty fields filled in: %1</source>
        <translation>• tomma fält som fylls i: %1</translation>
    </message>
    <message>
        <source>%1 is then removed and points to %2; bundles made before the merge land on %2 when they are imported. A merge cannot be undone.</source>
        <translation>%1 tas sedan bort och hänvisar till %2; paket som skapats före sammanslagningen hamnar på %2 när de importeras. En sammanslagning kan inte ångras.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestone of goal %1</source>
        <translation>Milstolpe för mål %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Anteckning om underlag</translation>
    </message>
    <message>
        <source>What shows the milestone&apos;s state: a document, a decision, a date</source>
        <translation>Vad som visar milstolpens läge: ett dokument, ett beslut, ett datum</translation>
    </message>
    <message>
        <source>&amp;Evidence note:</source>
        <translation>&amp;Underlag:</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tecken</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>women</source>
        <translation>kvinnor</translation>
    </message>
    <message>
        <source>men</source>
        <translation>män</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ej angivet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Bildat</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>inte än</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Board seats</source>
        <translation>Styrelseplatser</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Role on the board</source>
        <translation>Roll i styrelsen</translation>
    </message>
    <message>
        <source>Registered person</source>
        <translation>Registrerad person</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Träff</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Första datum</translation>
    </message>
    <message>
        <source>no session yet</source>
        <translation>inget kurstillfälle än</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Kurstillfällen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Regional networks</source>
        <translation>Regionala nätverk</translation>
    </message>
    <message>
        <source>Each region records its network of social-economy organisations: when it was formed, its member organisations, its board (counted by gender in 4R) and the meetings it has held.</source>
        <translation>Varje region registrerar sitt nätverk av organisationer i den sociala ekonomin: när det bildades, medlemsorganisationerna, styrelsen (räknas efter kön i 4R) och nätverksträffarna.</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Filtrera på region</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alla regioner</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Search networks</source>
        <translation>Sök nätverk</translation>
    </message>
    <message>
        <source>Search region, name</source>
        <translation>Sök på region, namn</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Ne&amp;w network</source>
        <translation>&amp;Nytt nätverk</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Nytt nätverk</translation>
    </message>
    <message>
        <source>&amp;Delete network</source>
        <translation>&amp;Ta bort nätverk</translation>
    </message>
    <message>
        <source>Delete the selected network</source>
        <translation>Ta bort det valda nätverket</translation>
    </message>
    <message>
        <source>No regional network recorded yet. When the region&apos;s network of organisations has been formed, record it here: its name, the date it was formed, its member organisations and its board. The “regions with a network” target counts it.</source>
        <translation>Inget regionalt nätverk är registrerat än. När regionens nätverk av organisationer har bildats registrerar du det här: namnet, datumet då det bildades, medlemsorganisationerna och styrelsen. Målet ”regioner med nätverk” räknar det.</translation>
    </message>
    <message>
        <source>The selected network</source>
        <translation>Det valda nätverket</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Styrelse</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Nätverksträffar</translation>
    </message>
    <message>
        <source>Network details</source>
        <translation>Nätverkets uppgifter</translation>
    </message>
    <message>
        <source>Region of the network</source>
        <translation>Nätverkets region</translation>
    </message>
    <message>
        <source>Name of the network</source>
        <translation>Nätverkets namn</translation>
    </message>
    <message>
        <source>Date the network was formed</source>
        <translation>Datum då nätverket bildades</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty: not formed yet</source>
        <translation>ÅÅÅÅ-MM-DD, tomt: inte bildat än</translation>
    </message>
    <message>
        <source>Notes on the network</source>
        <translation>Anteckningar om nätverket</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;mn</translation>
    </message>
    <message>
        <source>Fo&amp;rmed on</source>
        <translation>&amp;Bildat den</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ant&amp;eckningar</translation>
    </message>
    <message>
        <source>Member organisations</source>
        <translation>Medlemsorganisationer</translation>
    </message>
    <message>
        <source>Organisation to add</source>
        <translation>Organisation att lägga till</translation>
    </message>
    <message>
        <source>Type to find an organisation of the region</source>
        <translation>Sök en organisation i regionen</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Lägg till medlem</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Lägg till medlem</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>Ta bo&amp;rt medlem</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Ta bort den valda medlemmen</translation>
    </message>
    <message>
        <source>Board seats</source>
        <translation>Styrelseplatser</translation>
    </message>
    <message>
        <source>Name of the board member</source>
        <translation>Styrelseledamotens namn</translation>
    </message>
    <message>
        <source>Gender of the board member</source>
        <translation>Styrelseledamotens kön</translation>
    </message>
    <message>
        <source>Role on the board</source>
        <translation>Roll i styrelsen</translation>
    </message>
    <message>
        <source>chair, treasurer, member …</source>
        <translation>ordförande, kassör, ledamot …</translation>
    </message>
    <message>
        <source>Registered person of the seat</source>
        <translation>Registrerad person på styrelseplatsen</translation>
    </message>
    <message>
        <source>Optional: type to find a person of the region</source>
        <translation>Frivilligt: skriv för att söka en person i regionen</translation>
    </message>
    <message>
        <source>The selected board member</source>
        <translation>Den valda styrelseledamoten</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>N&amp;amn</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>&amp;Kön</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>Registered &amp;person</source>
        <translation>Registrerad &amp;person</translation>
    </message>
    <message>
        <source>Add &amp;board member</source>
        <translation>&amp;Lägg till styrelseledamot</translation>
    </message>
    <message>
        <source>Add board member</source>
        <translation>Lägg till styrelseledamot</translation>
    </message>
    <message>
        <source>Remo&amp;ve board member</source>
        <translation>Ta bort st&amp;yrelseledamot</translation>
    </message>
    <message>
        <source>Remove the selected board member</source>
        <translation>Ta bort den valda styrelseledamoten</translation>
    </message>
    <message>
        <source>A network meeting is planned like a course, of the kind “Network meeting”, on the Courses page: its sessions, who was invited and who came are recorded there. “New network meeting” adds one for this network; press Enter on a meeting to open it on the Courses page.</source>
        <translation>En nätverksträff planeras som en kurs av typen ”Nätverksträff” på sidan Kurser: där registreras kurstillfällena, vilka som bjöds in och vilka som kom. ”Ny nätverksträff” lägger till en träff för det här nätverket; tryck Enter på en träff för att öppna den på sidan Kurser.</translation>
    </message>
    <message>
        <source>Network meetings</source>
        <translation>Nätverksträffar</translation>
    </message>
    <message>
        <source>New network &amp;meeting</source>
        <translation>N&amp;y nätverksträff</translation>
    </message>
    <message>
        <source>New network meeting</source>
        <translation>Ny nätverksträff</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>The region already has a network; a region records one.</source>
        <translation>Regionen har redan ett nätverk; varje region registrerar ett.</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n nätverk</numerusform>
            <numerusform>%n nätverk</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Board by gender: %1</source>
        <translation>Styrelsen efter kön: %1</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Medlemmar (%1)</translation>
    </message>
    <message>
        <source>Board (%1)</source>
        <translation>Styrelse (%1)</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Nätverksträffar (%1)</translation>
    </message>
    <message>
        <source>Choose the network&apos;s region in the filter first.</source>
        <translation>Välj först nätverkets region i filtret.</translation>
    </message>
    <message>
        <source>Delete network “%1”</source>
        <translation>Ta bort nätverket ”%1”</translation>
    </message>
    <message>
        <source>Change network “%1”</source>
        <translation>Ändra nätverket ”%1”</translation>
    </message>
    <message>
        <source>Type or choose the organisation to add.</source>
        <translation>Skriv eller välj organisationen som ska läggas till.</translation>
    </message>
    <message>
        <source>Add member to “%1”</source>
        <translation>Lägg till medlem i ”%1”</translation>
    </message>
    <message>
        <source>Choose the member to remove in the list.</source>
        <translation>Välj i listan den medlem som ska tas bort.</translation>
    </message>
    <message>
        <source>Remove member “%1”</source>
        <translation>Ta bort medlemmen ”%1”</translation>
    </message>
    <message>
        <source>Add board member to “%1”</source>
        <translation>Lägg till styrelseledamot i ”%1”</translation>
    </message>
    <message>
        <source>New board member</source>
        <translation>Ny styrelseledamot</translation>
    </message>
    <message>
        <source>Remove board member “%1”</source>
        <translation>Ta bort styrelseledamoten ”%1”</translation>
    </message>
    <message>
        <source>Change board member “%1”</source>
        <translation>Ändra styrelseledamoten ”%1”</translation>
    </message>
    <message>
        <source>Choose a person of the region from the list, or leave it empty.</source>
        <translation>Välj en person i regionen i listan, eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>Network meeting: %1</source>
        <translation>Nätverksträff: %1</translation>
    </message>
</context>
<context>
    <name>NumberButton</name>
    <message>
        <source>Opens the list of persons or courses behind it</source>
        <translation>Öppnar listan med personerna eller kurserna bakom siffran</translation>
    </message>
    <message>
        <source>%1 — click to see who or what is behind it</source>
        <translation>%1 – klicka för att se vem eller vad som ligger bakom</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Write a date as YYYY-MM-DD, such as 2010-03-01.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2010-03-01.</translation>
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
        <source>The figures could not be counted: %1</source>
        <translation>Siffrorna kunde inte räknas fram: %1</translation>
    </message>
</context>
<context>
    <name>PartialMinutesDialog</name>
    <message>
        <source>Partly present</source>
        <translation>Delvis närvarande</translation>
    </message>
    <message>
        <source>How long was %1 there on %2?</source>
        <translation>Hur länge var %1 närvarande vid kurstillfället %2?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes attended</source>
        <translation>Minuter närvarande</translation>
    </message>
    <message>
        <source>&amp;Minutes attended:</source>
        <translation>&amp;Minuter närvarande:</translation>
    </message>
    <message>
        <source>Between 1 and %1 minutes; the session is %2 minutes long.</source>
        <translation>Mellan 1 och %1 minuter; kurstillfället är %2 minuter långt.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Participant register</source>
        <translation>Deltagarregister</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>O&amp;rganisations</source>
        <translation>O&amp;rganisationer</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Name, organisation, municipality or e-mail</source>
        <translation>Namn, organisation, kommun eller e-post</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>%1 person</translation>
    </message>
    <message>
        <source>%1 persons</source>
        <translation>%1 personer</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Ny person…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>Ta &amp;bort person</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Ta bort person</translation>
    </message>
    <message>
        <source>No person chosen</source>
        <translation>Ingen person vald</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>Om personen</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>The person&apos;s courses</source>
        <translation>Personens kurser</translation>
    </message>
    <message>
        <source>&amp;Courses and hours</source>
        <translation>&amp;Kurser och timmar</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Name, org number or municipality</source>
        <translation>Namn, organisationsnummer eller kommun</translation>
    </message>
    <message>
        <source>%1 organisation</source>
        <translation>%1 organisation</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organisationer</translation>
    </message>
    <message>
        <source>New or&amp;ganisation…</source>
        <translation>&amp;Ny organisation…</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>D&amp;elete organisation</source>
        <translation>Ta &amp;bort organisation</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Ta bort organisation</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>The register could not be loaded: %1</source>
        <translation>Registret kunde inte läsas in: %1</translation>
    </message>
    <message>
        <source>Counting courses and hours…</source>
        <translation>Räknar kurser och timmar…</translation>
    </message>
    <message>
        <source>%1 hours attended in all, on %2 course(s).</source>
        <translation>Sammanlagt %1 närvarotimmar; antal kurser: %2.</translation>
    </message>
    <message>
        <source>&amp;Courses and hours (%1)</source>
        <translation>&amp;Kurser och timmar (%1)</translation>
    </message>
    <message>
        <source>Add person %1</source>
        <translation>Lägg till personen %1</translation>
    </message>
    <message>
        <source>Delete person %1</source>
        <translation>Ta bort personen %1</translation>
    </message>
    <message>
        <source>One person in the register belongs to this organisation.</source>
        <translation>En person i registret hör till den här organisationen.</translation>
    </message>
    <message>
        <source>%1 persons in the register belong to this organisation.</source>
        <translation>%1 personer i registret hör till den här organisationen.</translation>
    </message>
    <message>
        <source>Add organisation %1</source>
        <translation>Lägg till organisationen %1</translation>
    </message>
    <message>
        <source>Delete organisation %1</source>
        <translation>Ta bort organisationen %1</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Type a passphrase.</source>
        <translation>Skriv en lösenfras.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Lösenfrasen måste vara minst %1 tecken lång.</translation>
    </message>
    <message>
        <source>The passphrase cannot hold tabs or line breaks.</source>
        <translation>Lösenfrasen får inte innehålla tabbar eller radbrytningar.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>De två lösenfraserna skiljer sig åt. Skriv samma lösenfras två gånger.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Den nya lösenfrasen är densamma som den nuvarande.</translation>
    </message>
    <message>
        <source>That passphrase does not open this database. Try again.</source>
        <translation>Den lösenfrasen öppnar inte databasen. Försök igen.</translation>
    </message>
    <message>
        <source>The database is open in another program (another SOUL Desktop window?). Close it and try again. Nothing was changed.</source>
        <translation>Databasen är öppen i ett annat program (ett annat SOUL Desktop-fönster?). Stäng det och försök igen. Inget har ändrats.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not store the passphrase.</source>
        <translation>Den här datorns nyckelring kunde inte spara lösenfrasen.</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even SOUL&apos;s staff: without it, the data in this database is lost for good. Write it down and keep it somewhere safe.</source>
        <translation>Ingen kan återställa en bortglömd lösenfras, inte ens SOUL:s personal: utan den är uppgifterna i databasen förlorade för alltid. Skriv ner den och förvara den på ett säkert ställe.</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>Kom ihåg på den här &amp;datorn</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Kom ihåg på den här datorn</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring; SOUL Desktop then opens without asking. Anyone who can log in as you can then open the data.</source>
        <translation>Sparas i den här datorns nyckelring; SOUL Desktop öppnas sedan utan att fråga. Den som kan logga in som du kan då öppna uppgifterna.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the passphrase in.</source>
        <translation>Den här datorn har ingen nyckelring att spara lösenfrasen i.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>minst %1 tecken</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Upprepa den nya lösenfrasen</translation>
    </message>
    <message>
        <source>S&amp;how the characters</source>
        <translation>Visa &amp;tecknen</translation>
    </message>
    <message>
        <source>Show the characters of the passphrase</source>
        <translation>Visa lösenfrasens tecken</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Rep&amp;eat it:</source>
        <translation>&amp;Upprepa den:</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>Board member</source>
        <translation>Styrelseledamot</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef/verksamhetsledare</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volontär/ideell</translation>
    </message>
    <message>
        <source>Course leader</source>
        <translation>Kursledare</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Egenföretagare</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Arbetslös</translation>
    </message>
    <message>
        <source>Not in the labour force</source>
        <translation>Utanför arbetskraften</translation>
    </message>
    <message>
        <source>Compulsory school or less (ISCED 0–2)</source>
        <translation>Förgymnasial (ISCED 0–2)</translation>
    </message>
    <message>
        <source>Upper secondary (ISCED 3–4)</source>
        <translation>Gymnasial (ISCED 3–4)</translation>
    </message>
    <message>
        <source>Post-secondary (ISCED 5–8)</source>
        <translation>Eftergymnasial (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Entré utan trappsteg</translation>
    </message>
    <message>
        <source>Parking nearby</source>
        <translation>Parkering i närheten</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Hörslinga</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Tillgänglig toalett (RWC)</translation>
    </message>
    <message>
        <source>Allergy-safe room</source>
        <translation>Allergianpassad lokal</translation>
    </message>
    <message>
        <source>Sign-language interpreter</source>
        <translation>Teckenspråkstolk</translation>
    </message>
    <message>
        <source>Audio description</source>
        <translation>Syntolkning</translation>
    </message>
    <message>
        <source>Special diet</source>
        <translation>Specialkost</translation>
    </message>
    <message>
        <source>Alternative formats</source>
        <translation>Alternativa format</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauser</translation>
    </message>
    <message>
        <source>Social economy</source>
        <translation>Social ekonomi</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Offentlig sektor</translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation>Fackförbund</translation>
    </message>
    <message>
        <source>Employers&apos; organisation</source>
        <translation>Arbetsgivarorganisation</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>På väntelistan</translation>
    </message>
    <message>
        <source>Offered a place</source>
        <translation>Erbjuden plats</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Avanmäld</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Org number</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Juridisk form</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status sedan</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <source>Waiting, number %1</source>
        <translation>På väntelistan, nr %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Anmälan</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Närvaro (h)</translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation>Planerat (h)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Inga kurstillfällen än</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>A place became free</source>
        <translation>En plats blev ledig</translation>
    </message>
    <message>
        <source>Offer declined</source>
        <translation>Erbjudandet avböjt</translation>
    </message>
</context>
<context>
    <name>PeopleForms</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problem med %1</translation>
    </message>
    <message>
        <source>Type to find a municipality</source>
        <translation>Skriv för att hitta en kommun</translation>
    </message>
    <message>
        <source>Type to find an organisation</source>
        <translation>Skriv för att hitta en organisation</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>formuläret</translation>
    </message>
    <message>
        <source>Person details</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>ÅÅÅÅ</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>Declined to give</source>
        <translation>Vill ej uppge</translation>
    </message>
    <message>
        <source>Declined to give a personnummer</source>
        <translation>Vill inte uppge personnummer</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>K&amp;ön</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>Födelse&amp;år</translation>
    </message>
    <message>
        <source>&amp;Personnummer</source>
        <translation>Personn&amp;ummer</translation>
    </message>
    <message>
        <source>Contact and organisation</source>
        <translation>Kontakt och organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>name@example.se</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Role in the organisation</source>
        <translation>Roll i organisationen</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-p&amp;ost</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>Ko&amp;mmun</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Ro&amp;ll</translation>
    </message>
    <message>
        <source>Reporting (ESF)</source>
        <translation>Redovisning (ESF)</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Sysselsättning</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Vill ej uppge</translation>
    </message>
    <message>
        <source>Declined to state employment</source>
        <translation>Vill inte uppge sysselsättning</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Declined to state education</source>
        <translation>Vill inte uppge utbildning</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Funktionsnedsättning</translation>
    </message>
    <message>
        <source>Declined to answer about disability</source>
        <translation>Vill inte svara om funktionsnedsättning</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum för samtycke</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Em&amp;ployment</source>
        <translation>S&amp;ysselsättning</translation>
    </message>
    <message>
        <source>E&amp;ducation</source>
        <translation>Utb&amp;ildning</translation>
    </message>
    <message>
        <source>Disabilit&amp;y</source>
        <translation>Funktionsneds&amp;ättning</translation>
    </message>
    <message>
        <source>&amp;Consent given</source>
        <translation>Samty&amp;cke lämnat</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Tillgänglighetsbehov</translation>
    </message>
    <message>
        <source>Declined to state needs</source>
        <translation>Vill ej uppge behov</translation>
    </message>
    <message>
        <source>Declined to state accessibility needs</source>
        <translation>Vill inte uppge tillgänglighetsbehov</translation>
    </message>
    <message>
        <source>Other needs or note</source>
        <translation>Andra behov eller anteckning</translation>
    </message>
    <message>
        <source>Other needs, &amp;note</source>
        <translation>&amp;Andra behov, anteckning</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Change organisation</source>
        <translation>Ändra organisation</translation>
    </message>
    <message>
        <source>Change “declined” mark</source>
        <translation>Ändra markeringen ”vill inte uppge”</translation>
    </message>
    <message>
        <source>Change accessibility needs</source>
        <translation>Ändra tillgänglighetsbehov</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>kön</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>födelseår</translation>
    </message>
    <message>
        <source>personnummer</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>sysselsättning</translation>
    </message>
    <message>
        <source>education</source>
        <translation>utbildning</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>funktionsnedsättning</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>datum för samtycke</translation>
    </message>
    <message>
        <source>accessibility note</source>
        <translation>anteckning om tillgänglighet</translation>
    </message>
    <message>
        <source>Organisation details</source>
        <translation>Organisationsuppgifter</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <source>Org number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>NNNNNN-NNNN</source>
        <translation>NNNNNN-NNNN</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Juridisk form</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <source>Municipality of the organisation</source>
        <translation>Organisationens kommun</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;amn</translation>
    </message>
    <message>
        <source>Org n&amp;umber</source>
        <translation>&amp;Organisationsnummer</translation>
    </message>
    <message>
        <source>Le&amp;gal form</source>
        <translation>&amp;Juridisk form</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Rename organisation</source>
        <translation>Byt namn på organisationen</translation>
    </message>
    <message>
        <source>Change org number</source>
        <translation>Ändra organisationsnummer</translation>
    </message>
    <message>
        <source>Change municipality</source>
        <translation>Ändra kommun</translation>
    </message>
    <message>
        <source>Change legal form</source>
        <translation>Ändra juridisk form</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Ändra typ</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Lägg till organisation</translation>
    </message>
</context>
<context>
    <name>PersonRightsBar</name>
    <message>
        <source>E&amp;xport register extract…</source>
        <translation>E&amp;xportera registerutdrag…</translation>
    </message>
    <message>
        <source>Export register extract</source>
        <translation>Exportera registerutdrag</translation>
    </message>
    <message>
        <source>Everything this installation holds about the person, as PDF or JSON</source>
        <translation>Allt som den här installationen har om personen, som PDF eller JSON</translation>
    </message>
    <message>
        <source>Erase personal d&amp;ata…</source>
        <translation>Ra&amp;dera personuppgifter…</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <source>Register extract or erasure</source>
        <translation>Registerutdrag eller radering</translation>
    </message>
    <message>
        <source>This person&apos;s data has already been erased</source>
        <translation>Personens uppgifter har redan raderats</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;JSON data (*.json)</source>
        <translation>PDF-dokument (*.pdf);;JSON-data (*.json)</translation>
    </message>
    <message>
        <source>Writing the register extract…</source>
        <translation>Skriver registerutdraget…</translation>
    </message>
    <message>
        <source>Register extract saved to %1.</source>
        <translation>Registerutdraget har sparats i %1.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Raderar…</translation>
    </message>
    <message>
        <source>The personal data was erased. It reaches the other installations with the next bundle.</source>
        <translation>Personuppgifterna har raderats. Raderingen når de andra installationerna med nästa paket.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminarium</translation>
    </message>
    <message>
        <source>Study trip</source>
        <translation>Studieresa</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Nätverksträff</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Open for enrolment</source>
        <translation>Öppen för anmälan</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Step-free shared entrance</source>
        <translation>Gemensam entré utan nivåskillnad</translation>
    </message>
    <message>
        <source>Drop-off and disabled parking within 25 m</source>
        <translation>Angöring och parkering för rörelsehindrade inom 25 m</translation>
    </message>
    <message>
        <source>Automatic doors</source>
        <translation>Automatiska dörrar</translation>
    </message>
    <message>
        <source>Hearing loop with signage</source>
        <translation>Hörslinga med skyltning</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Tillgänglig toalett (RWC)</translation>
    </message>
    <message>
        <source>Reachable group rooms</source>
        <translation>Tillgängliga grupprum</translation>
    </message>
    <message>
        <source>Good light and acoustics</source>
        <translation>God belysning och akustik</translation>
    </message>
    <message>
        <source>Allergy-safe</source>
        <translation>Allergianpassad</translation>
    </message>
    <message>
        <source>step-free access</source>
        <translation>entré utan trappsteg</translation>
    </message>
    <message>
        <source>parking close by</source>
        <translation>parkering i närheten</translation>
    </message>
    <message>
        <source>a hearing loop</source>
        <translation>hörslinga</translation>
    </message>
    <message>
        <source>an accessible toilet</source>
        <translation>tillgänglig toalett</translation>
    </message>
    <message>
        <source>an allergy-safe room</source>
        <translation>allergianpassad lokal</translation>
    </message>
    <message>
        <source>a sign-language interpreter</source>
        <translation>teckenspråkstolk</translation>
    </message>
    <message>
        <source>audio description</source>
        <translation>syntolkning</translation>
    </message>
    <message>
        <source>a special diet</source>
        <translation>specialkost</translation>
    </message>
    <message>
        <source>alternative formats</source>
        <translation>alternativa format</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pauser</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ej kontrollerat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Write a title.</source>
        <translation>Skriv en titel.</translation>
    </message>
    <message>
        <source>Write a name.</source>
        <translation>Skriv ett namn.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>För lång: högst %1 tecken.</translation>
    </message>
    <message>
        <source>Write a whole number, such as 12.</source>
        <translation>Skriv ett heltal, till exempel 12.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Får inte vara negativt.</translation>
    </message>
    <message>
        <source>Write a percentage from 0 to 100.</source>
        <translation>Skriv en procentsats från 0 till 100.</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>Kurstillfället måste sluta efter att det har börjat.</translation>
    </message>
    <message>
        <source>A session lasts at most 24 hours; plan one per day.</source>
        <translation>Ett kurstillfälle varar högst 24 timmar; planera ett per dag.</translation>
    </message>
    <message>
        <source>Repeat from 1 to %1 weeks.</source>
        <translation>Upprepa i 1 till %1 veckor.</translation>
    </message>
    <message>
        <source>It is no longer there; it may have been removed.</source>
        <translation>Det finns inte längre; det kan ha tagits bort.</translation>
    </message>
    <message>
        <source>It already exists.</source>
        <translation>Det finns redan.</translation>
    </message>
    <message>
        <source>Choose a region first.</source>
        <translation>Välj först en region.</translation>
    </message>
    <message>
        <source>Internal error: one new id per week is needed.</source>
        <translation>Internt fel: ett nytt id per vecka behövs.</translation>
    </message>
    <message>
        <source>Unknown competence area.</source>
        <translation>Okänt kompetensområde.</translation>
    </message>
    <message>
        <source>The chosen leader is no longer in the register.</source>
        <translation>Den valda kursledaren finns inte längre i registret.</translation>
    </message>
    <message>
        <source>The chosen venue is no longer in the register.</source>
        <translation>Den valda lokalen finns inte längre i registret.</translation>
    </message>
    <message>
        <source>Choose a municipality from the list.</source>
        <translation>Välj en kommun i listan.</translation>
    </message>
    <message>
        <source>Unknown value.</source>
        <translation>Okänt värde.</translation>
    </message>
    <message>
        <source>Attendance has been recorded for this session; it cannot be removed.</source>
        <translation>Närvaro har registrerats för det här kurstillfället; det kan inte tas bort.</translation>
    </message>
    <message>
        <source>Attendance has been recorded for this course; set its status to Cancelled instead.</source>
        <translation>Närvaro har registrerats för den här kursen; sätt i stället dess status till Inställd.</translation>
    </message>
    <message>
        <source>One session is planned at this venue; move it first.</source>
        <translation>Ett kurstillfälle är planerat i den här lokalen; flytta det först.</translation>
    </message>
    <message>
        <source>%1 sessions are planned at this venue; move them first.</source>
        <translation>%1 kurstillfällen är planerade i den här lokalen; flytta dem först.</translation>
    </message>
    <message>
        <source>another session of this course</source>
        <translation>ett annat kurstillfälle i samma kurs</translation>
    </message>
    <message>
        <source>Venue booked twice: %1 on %2 is also booked for %3.</source>
        <translation>Lokalen är dubbelbokad: %2 är %1 också bokad för %3.</translation>
    </message>
    <message>
        <source>Leader booked twice: %1 on %2 also leads %3.</source>
        <translation>Kursledaren är dubbelbokad: %2 leder %1 också %3.</translation>
    </message>
    <message>
        <source>The session on %1 is outside the project period (%2 – %3).</source>
        <translation>Kurstillfället %1 ligger utanför projektperioden (%2 – %3).</translation>
    </message>
    <message>
        <source>Over capacity: %1 enrolled, room for %2.</source>
        <translation>För många anmälda: %1 anmälda, plats för %2.</translation>
    </message>
    <message>
        <source>One enrolled person needs %1, which %2 does not have.</source>
        <translation>En anmäld person behöver %1, som %2 inte har.</translation>
    </message>
    <message>
        <source>%3 enrolled persons need %1, which %2 does not have.</source>
        <translation>%3 anmälda personer behöver %1, som %2 inte har.</translation>
    </message>
    <message>
        <source>One enrolled person needs %1; %2 has not checked this.</source>
        <translation>En anmäld person behöver %1; det är inte kontrollerat om %2 har det.</translation>
    </message>
    <message>
        <source>%3 enrolled persons need %1; %2 has not checked this.</source>
        <translation>%3 anmälda personer behöver %1; det är inte kontrollerat om %2 har det.</translation>
    </message>
    <message>
        <source>venue booked twice</source>
        <translation>lokal dubbelbokad</translation>
    </message>
    <message>
        <source>leader booked twice</source>
        <translation>kursledare dubbelbokad</translation>
    </message>
    <message>
        <source>outside period</source>
        <translation>utanför perioden</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>för många anmälda</translation>
    </message>
    <message>
        <source>need not met</source>
        <translation>behov ej uppfyllt</translation>
    </message>
    <message>
        <source>need not checked</source>
        <translation>behov ej kontrollerat</translation>
    </message>
    <message>
        <source>(+%1 waiting)</source>
        <translation>(+%1 väntar)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Anmälda</translation>
    </message>
    <message>
        <source>Enrolled / capacity (waiting)</source>
        <translation>Anmälda / antal platser (på väntelistan)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Kurstillfällen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation>Kompetensområden</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Kursledare</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Kursledare</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>%1 yes, %2 no, %3 not checked</source>
        <translation>%1 ja, %2 nej, %3 ej kontrollerade</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Preview of the report&apos;s first page</source>
        <translation>Förhandsgranskning av rapportens första sida</translation>
    </message>
    <message>
        <source>Choose a report and press Preview to see its first page.</source>
        <translation>Välj en rapport och tryck på Förhandsgranska för att se dess första sida.</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <source>Export list…</source>
        <translation>Exportera listan…</translation>
    </message>
    <message>
        <source>Save the list as shown as CSV or XLSX</source>
        <translation>Spara listan som CSV eller XLSX, så som den visas</translation>
    </message>
    <message>
        <source>CSV, semicolons (*.csv)</source>
        <translation>CSV, semikolonavgränsad (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exportera listan</translation>
    </message>
    <message>
        <source>%1 rows saved to %2</source>
        <translation>Listan har sparats i %2 (rader: %1).</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Något gick fel: %1</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Förnamnet måste fyllas i.</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>Efternamnet måste fyllas i.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Namnet måste fyllas i.</translation>
    </message>
    <message>
        <source>The first name can be at most %1 characters long.</source>
        <translation>Förnamnet får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <source>The last name can be at most %1 characters long.</source>
        <translation>Efternamnet får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <source>The name can be at most %1 characters long.</source>
        <translation>Namnet får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <source>The birth year must be a whole number.</source>
        <translation>Födelseåret måste vara ett heltal.</translation>
    </message>
    <message>
        <source>Write the birth year with four digits, like 1975.</source>
        <translation>Skriv födelseåret med fyra siffror, till exempel 1975.</translation>
    </message>
    <message>
        <source>The birth year %1 is in the future.</source>
        <translation>Födelseåret %1 ligger i framtiden.</translation>
    </message>
    <message>
        <source>The birth year %1 is not plausible; it must be %2 or later.</source>
        <translation>Födelseåret %1 är inte rimligt; det måste vara %2 eller senare.</translation>
    </message>
    <message>
        <source>The e-mail address can be at most %1 characters long.</source>
        <translation>E-postadressen får vara högst %1 tecken lång.</translation>
    </message>
    <message>
        <source>The e-mail address should look like name@example.se.</source>
        <translation>E-postadressen ska se ut som namn@exempel.se.</translation>
    </message>
    <message>
        <source>The phone number can be at most %1 characters long.</source>
        <translation>Telefonnumret får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <source>A phone number holds only digits, spaces, + - ( ) and /.</source>
        <translation>Ett telefonnummer får bara innehålla siffror, mellanslag, + - ( ) och /.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, like 2026-03-15.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation>Datumet för samtycke ligger i framtiden.</translation>
    </message>
    <message>
        <source>The consent date is not a date.</source>
        <translation>Datumet för samtycke är inte ett datum.</translation>
    </message>
    <message>
        <source>“%1” is not a known accessibility need.</source>
        <translation>”%1” är inte ett känt tillgänglighetsbehov.</translation>
    </message>
    <message>
        <source>The note can be at most %1 characters long.</source>
        <translation>Anteckningen får vara högst %1 tecken lång.</translation>
    </message>
    <message>
        <source>The person declined to give a personnummer, but one is recorded; clear the number or the “declined” mark.</source>
        <translation>Personen vill inte uppge personnummer, men ett nummer är registrerat; ta bort numret eller markeringen ”vill ej uppge”.</translation>
    </message>
    <message>
        <source>The person declined to state their education, but an education level is recorded; clear the answer or the “declined” mark.</source>
        <translation>Personen vill inte uppge sin utbildning, men en utbildningsnivå är registrerad; ta bort svaret eller markeringen ”vill ej uppge”.</translation>
    </message>
    <message>
        <source>The person declined to state their employment, but an employment status is recorded; clear the answer or the “declined” mark.</source>
        <translation>Personen vill inte uppge sin sysselsättning, men en sysselsättning är registrerad; ta bort svaret eller markeringen ”vill ej uppge”.</translation>
    </message>
    <message>
        <source>The person declined to answer about disability, but an answer is recorded; clear the answer or the “declined” mark.</source>
        <translation>Personen vill inte svara om funktionsnedsättning, men ett svar är registrerat; ta bort svaret eller markeringen ”vill ej uppge”.</translation>
    </message>
    <message>
        <source>The person declined to state accessibility needs, but needs are recorded; clear them or the “declined” mark.</source>
        <translation>Personen vill inte uppge tillgänglighetsbehov, men behov är registrerade; ta bort dem eller markeringen ”vill ej uppge”.</translation>
    </message>
    <message>
        <source>The person declined to answer, but an answer is recorded; clear the answer or the “declined” mark.</source>
        <translation>Personen vill inte svara, men ett svar är registrerat; ta bort svaret eller markeringen ”vill ej uppge”.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>”%1” är inte ett av alternativen.</translation>
    </message>
    <message>
        <source>The answer must be yes or no.</source>
        <translation>Svaret måste vara ja eller nej.</translation>
    </message>
    <message>
        <source>Internal error: unknown field %1.</source>
        <translation>Internt fel: okänt fält %1.</translation>
    </message>
    <message>
        <source>This person is already registered.</source>
        <translation>Personen är redan registrerad.</translation>
    </message>
    <message>
        <source>The person is no longer in the register; they may have been deleted.</source>
        <translation>Personen finns inte längre i registret; personen kan ha tagits bort.</translation>
    </message>
    <message>
        <source>This person&apos;s data has been erased; it cannot be filled in again.</source>
        <translation>Personens uppgifter har raderats; de kan inte fyllas i igen.</translation>
    </message>
    <message>
        <source>%1 is on one course; withdraw them before deleting.</source>
        <translation>%1 är anmäld till en kurs; avanmäl personen innan du tar bort den.</translation>
    </message>
    <message>
        <source>%1 is on %2 courses; withdraw them before deleting.</source>
        <translation>%1 är anmäld till %2 kurser; avanmäl personen innan du tar bort den.</translation>
    </message>
    <message>
        <source>%1 has attendance recorded and cannot be deleted.</source>
        <translation>%1 har registrerad närvaro och kan inte tas bort.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation>Organisationens namn måste fyllas i.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name can be at most %1 characters long.</source>
        <translation>Organisationens namn får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <source>This organisation is already registered.</source>
        <translation>Organisationen är redan registrerad.</translation>
    </message>
    <message>
        <source>The organisation is no longer in the register; it may have been deleted.</source>
        <translation>Organisationen finns inte längre i registret; den kan ha tagits bort.</translation>
    </message>
    <message>
        <source>One person belongs to %1; move them to another organisation before deleting it.</source>
        <translation>En person hör till %1; flytta personen till en annan organisation innan du tar bort den här.</translation>
    </message>
    <message>
        <source>%2 persons belong to %1; move them to another organisation before deleting it.</source>
        <translation>%2 personer hör till %1; flytta dem till en annan organisation innan du tar bort den här.</translation>
    </message>
    <message>
        <source>There is no organisation called “%1”; add it under Organisations first.</source>
        <translation>Det finns ingen organisation som heter ”%1”; lägg först till den under Organisationer.</translation>
    </message>
    <message>
        <source>“%1” is not a Swedish municipality code.</source>
        <translation>”%1” är inte en svensk kommunkod.</translation>
    </message>
    <message>
        <source>There is no municipality called “%1”.</source>
        <translation>Det finns ingen kommun som heter ”%1”.</translation>
    </message>
    <message>
        <source>“%1” is not one of SCB&apos;s legal forms.</source>
        <translation>”%1” är inte en av SCB:s juridiska former.</translation>
    </message>
    <message>
        <source>The personnummer is empty.</source>
        <translation>Personnumret är tomt.</translation>
    </message>
    <message>
        <source>Write the personnummer as YYYYMMDD-NNNN or YYMMDD-NNNN.</source>
        <translation>Skriv personnumret som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.</translation>
    </message>
    <message>
        <source>A personnummer has 10 or 12 digits (YYYYMMDD-NNNN or YYMMDD-NNNN); this one has %1.</source>
        <translation>Ett personnummer har 10 eller 12 siffror (ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN); det här har %1.</translation>
    </message>
    <message>
        <source>The personnummer&apos;s date of birth %1 does not exist.</source>
        <translation>Födelsedatumet %1 i personnumret finns inte.</translation>
    </message>
    <message>
        <source>The personnummer&apos;s date of birth %1 is in the future.</source>
        <translation>Födelsedatumet %1 i personnumret ligger i framtiden.</translation>
    </message>
    <message>
        <source>This is a coordination number (samordningsnummer: the day is over 60); only personnummer are accepted.</source>
        <translation>Det här är ett samordningsnummer (dagen är över 60); bara personnummer godtas.</translation>
    </message>
    <message>
        <source>The personnummer&apos;s check digit (the last digit) does not match the others; a digit is probably mistyped.</source>
        <translation>Personnumrets kontrollsiffra (den sista siffran) stämmer inte med de andra; troligen är en siffra felskriven.</translation>
    </message>
    <message>
        <source>The birth year %1 does not match the personnummer (born %2).</source>
        <translation>Födelseåret %1 stämmer inte med personnumret (född %2).</translation>
    </message>
    <message>
        <source>This personnummer already belongs to %1.</source>
        <translation>Personnumret tillhör redan %1.</translation>
    </message>
    <message>
        <source>The org number is empty.</source>
        <translation>Organisationsnumret är tomt.</translation>
    </message>
    <message>
        <source>Write the org number as NNNNNN-NNNN.</source>
        <translation>Skriv organisationsnumret som NNNNNN-NNNN.</translation>
    </message>
    <message>
        <source>An org number has 10 digits (NNNNNN-NNNN); this one has %1.</source>
        <translation>Ett organisationsnummer har 10 siffror (NNNNNN-NNNN); det här har %1.</translation>
    </message>
    <message>
        <source>The org number&apos;s check digit (the last digit) does not match the others; a digit is probably mistyped.</source>
        <translation>Organisationsnumrets kontrollsiffra (den sista siffran) stämmer inte med de andra; troligen är en siffra felskriven.</translation>
    </message>
    <message>
        <source>This org number already belongs to %1.</source>
        <translation>Organisationsnumret tillhör redan %1.</translation>
    </message>
    <message>
        <source>The course is no longer there; it may have been deleted.</source>
        <translation>Kursen finns inte längre; den kan ha tagits bort.</translation>
    </message>
    <message>
        <source>The chosen network is no longer there; it may have been deleted.</source>
        <translation>Det valda nätverket finns inte längre; det kan ha tagits bort.</translation>
    </message>
    <message>
        <source>The chosen network belongs to region %1, not to the course&apos;s %2.</source>
        <translation>Det valda nätverket hör till region %1, inte till kursens region %2.</translation>
    </message>
    <message>
        <source>There is no transnational activity %1.</source>
        <translation>Det finns ingen transnationell aktivitet %1.</translation>
    </message>
    <message>
        <source>Only a network meeting belongs to a network; choose no network first.</source>
        <translation>Bara en nätverksträff hör till ett nätverk; välj först inget nätverk.</translation>
    </message>
    <message>
        <source>A network meeting is not part of a transnational activity; choose no activity first.</source>
        <translation>En nätverksträff ingår inte i någon transnationell aktivitet; välj först ingen aktivitet.</translation>
    </message>
    <message>
        <source>Choose at least one person to enrol.</source>
        <translation>Välj minst en person att anmäla.</translation>
    </message>
    <message>
        <source>The course “%1” is cancelled; nobody can be enrolled on it.</source>
        <translation>Kursen ”%1” är inställd; ingen kan anmälas till den.</translation>
    </message>
    <message>
        <source>One of the chosen persons is no longer in the register (deleted or merged).</source>
        <translation>En av de valda personerna finns inte längre i registret (borttagen eller sammanslagen).</translation>
    </message>
    <message>
        <source>%1 of the chosen persons are no longer in the register (deleted or merged).</source>
        <translation>%1 av de valda personerna finns inte längre i registret (borttagna eller sammanslagna).</translation>
    </message>
    <message>
        <source>%1 is already enrolled on this course.</source>
        <translation>%1 är redan anmäld till kursen.</translation>
    </message>
    <message>
        <source>%1 has already been offered a place on this course.</source>
        <translation>%1 har redan erbjudits en plats på kursen.</translation>
    </message>
    <message>
        <source>%1 is already on this course&apos;s waitlist.</source>
        <translation>%1 står redan på kursens väntelista.</translation>
    </message>
    <message>
        <source>%1 is already on this course.</source>
        <translation>%1 är redan med på kursen.</translation>
    </message>
    <message>
        <source>%1 has already withdrawn.</source>
        <translation>%1 är redan avanmäld.</translation>
    </message>
    <message>
        <source>%1 has not been offered a place (status: %2).</source>
        <translation>%1 har inte erbjudits någon plats (status: %2).</translation>
    </message>
    <message>
        <source>The enrolment is no longer there.</source>
        <translation>Anmälan finns inte längre.</translation>
    </message>
    <message>
        <source>There is nothing to take back.</source>
        <translation>Det finns inget att ta tillbaka.</translation>
    </message>
    <message>
        <source>The enrolment of %1 has changed since (now: %2); it cannot be taken back.</source>
        <translation>Anmälan för %1 har ändrats sedan dess (nu: %2) och kan inte tas tillbaka.</translation>
    </message>
    <message>
        <source>The session is no longer there; it may have been removed.</source>
        <translation>Kurstillfället finns inte längre; det kan ha tagits bort.</translation>
    </message>
    <message>
        <source>Partly present needs the number of minutes the person was there.</source>
        <translation>Ange hur många minuter personen var där för att markera delvis närvarande.</translation>
    </message>
    <message>
        <source>Partly present means more than 0 and less than %1 minutes; mark the person present or absent instead.</source>
        <translation>Delvis närvarande betyder mer än 0 och mindre än %1 minuter; markera annars personen som närvarande eller frånvarande.</translation>
    </message>
    <message>
        <source>Minutes are given only for partly present, not for %1.</source>
        <translation>Minuter anges bara för delvis närvarande, inte för %1.</translation>
    </message>
    <message>
        <source>The person is not enrolled on this course; add them as a walk-in.</source>
        <translation>Personen är inte anmäld till kursen; lägg till personen som drop-in.</translation>
    </message>
    <message>
        <source>The person is already on this course&apos;s list.</source>
        <translation>Personen finns redan på kursens deltagarlista.</translation>
    </message>
    <message>
        <source>The person did not come to this course as a walk-in.</source>
        <translation>Personen kom inte till kursen som drop-in.</translation>
    </message>
    <message>
        <source>Internal error: a new person needs an id made beforehand.</source>
        <translation>Internt fel: en ny person behöver ett id som skapats i förväg.</translation>
    </message>
    <message>
        <source>Give the installation a name.</source>
        <translation>Ge installationen ett namn.</translation>
    </message>
    <message>
        <source>Choose the region this installation works in.</source>
        <translation>Välj den region som installationen arbetar i.</translation>
    </message>
    <message>
        <source>A central installation has no region.</source>
        <translation>En central installation har ingen region.</translation>
    </message>
    <message>
        <source>The enrolment file is for an installation of another role or region than this one.</source>
        <translation>Anslutningsfilen gäller en installation med en annan roll eller region än den här.</translation>
    </message>
    <message>
        <source>Unknown region code “%1”; use one of %2.</source>
        <translation>Okänd regionkod ”%1”; använd en av %2.</translation>
    </message>
    <message>
        <source>This is not a valid enrolment file, or it was altered; ask for a new one.</source>
        <translation>Det här är ingen giltig anslutningsfil, eller så har den ändrats; be om en ny.</translation>
    </message>
    <message>
        <source>The enrolment file cannot be read.</source>
        <translation>Anslutningsfilen kan inte läsas.</translation>
    </message>
    <message>
        <source>The enrolment file was made by a newer SOUL Desktop; update this one to use it.</source>
        <translation>Anslutningsfilen är skapad av en nyare SOUL Desktop; uppdatera den här installationen för att använda den.</translation>
    </message>
    <message>
        <source>The one-time code does not open this enrolment file. Check the code you were given with it.</source>
        <translation>Engångskoden öppnar inte anslutningsfilen. Kontrollera koden som du fick tillsammans med filen.</translation>
    </message>
    <message>
        <source>Type the one-time code that came with the enrolment file.</source>
        <translation>Skriv engångskoden som följde med anslutningsfilen.</translation>
    </message>
    <message>
        <source>The file is not signed, so nobody vouches for it; nothing was imported.</source>
        <translation>Filen är inte signerad, så ingen går i god för den; inget har importerats.</translation>
    </message>
    <message>
        <source>The file&apos;s signature is not valid: it was changed after it was made, or forged; nothing was imported.</source>
        <translation>Filens signatur är inte giltig: filen har ändrats efter att den skapades, eller är förfalskad; inget har importerats.</translation>
    </message>
    <message>
        <source>The file comes from an installation central has not enrolled; nothing was imported.</source>
        <translation>Filen kommer från en installation som centrala kansliet inte har anslutit; inget har importerats.</translation>
    </message>
    <message>
        <source>The file comes from an installation central has revoked; nothing was imported.</source>
        <translation>Filen kommer från en installation som centrala kansliet har spärrat; inget har importerats.</translation>
    </message>
    <message>
        <source>The file names another sender than the installation that signed it; nothing was imported.</source>
        <translation>Filen anger en annan avsändare än installationen som signerade den; inget har importerats.</translation>
    </message>
    <message>
        <source>The sender signs with other keys than the ones known here: its enrolment file was used twice. Ask central to revoke it; nothing was imported.</source>
        <translation>Avsändaren signerar med andra nycklar än de som är kända här: dess anslutningsfil har använts två gånger. Be centrala kansliet att spärra den; inget har importerats.</translation>
    </message>
    <message>
        <source>The bundle carries keys for an installation that its enrolment does not prove; nothing was imported.</source>
        <translation>Paketet innehåller nycklar för en installation som inte styrks av installationens anslutning; inget har importerats.</translation>
    </message>
    <message>
        <source>The bundle carries a revocation central did not sign; nothing was imported.</source>
        <translation>Paketet innehåller en spärr som centrala kansliet inte har signerat; inget har importerats.</translation>
    </message>
    <message>
        <source>This installation is not enrolled: set it up from an enrolment file from central.</source>
        <translation>Den här installationen är inte ansluten: konfigurera den med en anslutningsfil från centrala kansliet.</translation>
    </message>
    <message>
        <source>The bundle&apos;s rows are not encrypted; personal data is accepted encrypted only.</source>
        <translation>Paketets rader är inte krypterade; personuppgifter tas bara emot krypterade.</translation>
    </message>
    <message>
        <source>This installation is not enrolled, so nobody would accept its bundles: set it up from an enrolment file from central.</source>
        <translation>Den här installationen är inte ansluten, så ingen skulle ta emot dess paket: konfigurera den med en anslutningsfil från centrala kansliet.</translation>
    </message>
    <message>
        <source>Central addresses every bundle: choose the recipient installation.</source>
        <translation>Centrala kansliet adresserar varje paket: välj mottagande installation.</translation>
    </message>
    <message>
        <source>That installation has been revoked; nothing is sent to it.</source>
        <translation>Den installationen har spärrats; inget skickas till den.</translation>
    </message>
    <message>
        <source>The keys of that installation are not known here yet: import a bundle from it, or from central, first.</source>
        <translation>Den installationens nycklar är inte kända här än: importera först ett paket från den eller från centrala kansliet.</translation>
    </message>
    <message>
        <source>A bundle is for another installation, not for this one.</source>
        <translation>Paketet är avsett för en annan installation, inte för den här.</translation>
    </message>
    <message>
        <source>Choose the workshop leader&apos;s laptop the course pack is for.</source>
        <translation>Välj den kursledardator som kurspaketet är avsett för.</translation>
    </message>
    <message>
        <source>A course pack is for a workshop leader&apos;s laptop.</source>
        <translation>Ett kurspaket är avsett för en kursledares bärbara dator.</translation>
    </message>
    <message>
        <source>Choose the transnational activity.</source>
        <translation>Välj den transnationella aktiviteten.</translation>
    </message>
    <message>
        <source>Targets, milestones and collaborating regions are changed at the central office only; its bundles bring the changes here.</source>
        <translation>Mål, milstolpar och samverkande regioner ändras bara på det centrala kansliet; dess paket för ändringarna hit.</translation>
    </message>
    <message>
        <source>The share per region must be larger than 0 (or none).</source>
        <translation>Andelen per region måste vara större än 0 (eller ingen).</translation>
    </message>
    <message>
        <source>The target must be larger than 0.</source>
        <translation>Målvärdet måste vara större än 0.</translation>
    </message>
    <message>
        <source>Write the target as a whole number.</source>
        <translation>Skriv målvärdet som ett heltal.</translation>
    </message>
    <message>
        <source>The target can be at most %1.</source>
        <translation>Målvärdet får vara högst %1.</translation>
    </message>
    <message>
        <source>The share per region (%1) cannot be larger than the target (%2).</source>
        <translation>Andelen per region (%1) får inte vara större än målvärdet (%2).</translation>
    </message>
    <message>
        <source>The evidence note can be at most %1 characters long.</source>
        <translation>Underlaget får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <source>The milestone is no longer there.</source>
        <translation>Milstolpen finns inte längre.</translation>
    </message>
    <message>
        <source>The target is no longer there.</source>
        <translation>Målet finns inte längre.</translation>
    </message>
    <message>
        <source>%1 is not one of the programme&apos;s regions.</source>
        <translation>%1 är inte en av programmets regioner.</translation>
    </message>
    <message>
        <source>The network needs a name.</source>
        <translation>Nätverket behöver ett namn.</translation>
    </message>
    <message>
        <source>The network&apos;s name can be at most %1 characters long.</source>
        <translation>Nätverkets namn får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <source>Write the formed date as YYYY-MM-DD, like 2010-03-01.</source>
        <translation>Skriv bildningsdatumet som ÅÅÅÅ-MM-DD, till exempel 2010-03-01.</translation>
    </message>
    <message>
        <source>The formed date %1 is too early; it must be %2 or later.</source>
        <translation>Bildningsdatumet %1 är för tidigt; det måste vara %2 eller senare.</translation>
    </message>
    <message>
        <source>The formed date %1 is in the future; record it once the network is formed.</source>
        <translation>Bildningsdatumet %1 ligger i framtiden; registrera det när nätverket har bildats.</translation>
    </message>
    <message>
        <source>Choose the network&apos;s region.</source>
        <translation>Välj nätverkets region.</translation>
    </message>
    <message>
        <source>This installation keeps region %1; the network of %2 is kept there.</source>
        <translation>Den här installationen hanterar region %1; nätverket i %2 hanteras där.</translation>
    </message>
    <message>
        <source>The network is already recorded.</source>
        <translation>Nätverket är redan registrerat.</translation>
    </message>
    <message>
        <source>The network is no longer there; it may have been deleted.</source>
        <translation>Nätverket finns inte längre; det kan ha tagits bort.</translation>
    </message>
    <message>
        <source>Region %1 already has a network, “%2”; a region has one network.</source>
        <translation>Region %1 har redan ett nätverk, ”%2”; en region har ett nätverk.</translation>
    </message>
    <message>
        <source>%1 is not an organisation of region %2.</source>
        <translation>%1 är inte en organisation i region %2.</translation>
    </message>
    <message>
        <source>%1 is already a member of the network.</source>
        <translation>%1 är redan medlem i nätverket.</translation>
    </message>
    <message>
        <source>The organisation is no longer a member of the network.</source>
        <translation>Organisationen är inte längre medlem i nätverket.</translation>
    </message>
    <message>
        <source>The board member needs a name.</source>
        <translation>Styrelseledamoten behöver ett namn.</translation>
    </message>
    <message>
        <source>The board member&apos;s name can be at most %1 characters long.</source>
        <translation>Styrelseledamotens namn får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <source>The board role can be at most %1 characters long.</source>
        <translation>Rollen i styrelsen får vara högst %1 tecken lång.</translation>
    </message>
    <message>
        <source>The chosen person is no longer in the register.</source>
        <translation>Den valda personen finns inte längre i registret.</translation>
    </message>
    <message>
        <source>The board seat is no longer there; it may have been removed.</source>
        <translation>Styrelseplatsen finns inte längre; den kan ha tagits bort.</translation>
    </message>
    <message>
        <source>The board seat is already recorded.</source>
        <translation>Styrelseplatsen är redan registrerad.</translation>
    </message>
    <message>
        <source>A network meeting belongs to this network; delete it, or set it to no network, before deleting the network.</source>
        <translation>En nätverksträff hör till det här nätverket; ta bort den eller ändra den till inget nätverk innan du tar bort nätverket.</translation>
    </message>
    <message>
        <source>%1 network meetings belong to this network; delete them, or set them to no network, before deleting the network.</source>
        <translation>%1 nätverksträffar hör till det här nätverket; ta bort dem eller ändra dem till inget nätverk innan du tar bort nätverket.</translation>
    </message>
    <message>
        <source>There is no such person in the register.</source>
        <translation>Det finns ingen sådan person i registret.</translation>
    </message>
    <message>
        <source>This person&apos;s data was already erased on %1.</source>
        <translation>Personens uppgifter raderades redan %1.</translation>
    </message>
    <message>
        <source>Say why the data is erased; the reason is kept in the erasure log.</source>
        <translation>Ange varför uppgifterna raderas; orsaken sparas i raderingsloggen.</translation>
    </message>
    <message>
        <source>The reason may be at most %1 characters long.</source>
        <translation>Orsaken får vara högst %1 tecken lång.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .json (not “%1”).</source>
        <translation>Välj ett filnamn som slutar på .pdf eller .json (inte ”%1”).</translation>
    </message>
    <message>
        <source>This database has no installation yet; set it up first.</source>
        <translation>Databasen har ingen installation än; konfigurera den först.</translation>
    </message>
    <message>
        <source>Name the body that was counted.</source>
        <translation>Ange namnet på organet som räknades.</translation>
    </message>
    <message>
        <source>Describe the resource.</source>
        <translation>Beskriv resursen.</translation>
    </message>
    <message>
        <source>Say what the amounts are counted in, such as kr, hours or m².</source>
        <translation>Ange vad beloppen räknas i, till exempel kr, timmar eller m².</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Ange vad som ska göras.</translation>
    </message>
    <message>
        <source>Say who is responsible.</source>
        <translation>Ange vem som är ansvarig.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Fältet måste fyllas i.</translation>
    </message>
    <message>
        <source>The body&apos;s name can be at most %1 characters long.</source>
        <translation>Organets namn får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <source>The description can be at most %1 characters long.</source>
        <translation>Beskrivningen får vara högst %1 tecken lång.</translation>
    </message>
    <message>
        <source>The unit can be at most %1 characters long.</source>
        <translation>Enheten får vara högst %1 tecken lång.</translation>
    </message>
    <message>
        <source>The action can be at most %1 characters long.</source>
        <translation>Åtgärden får vara högst %1 tecken lång.</translation>
    </message>
    <message>
        <source>Who is responsible can be at most %1 characters long.</source>
        <translation>Uppgiften om vem som är ansvarig får vara högst %1 tecken lång.</translation>
    </message>
    <message>
        <source>The follow-up note can be at most %1 characters long.</source>
        <translation>Uppföljningen får vara högst %1 tecken lång.</translation>
    </message>
    <message>
        <source>The finding can be at most %1 characters long.</source>
        <translation>Iakttagelsen får vara högst %1 tecken lång.</translation>
    </message>
    <message>
        <source>The author&apos;s name can be at most %1 characters long.</source>
        <translation>Författarens namn får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <source>An answer can be at most %1 characters long.</source>
        <translation>Ett svar får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <source>Give the date of the count.</source>
        <translation>Ange datumet för räkningen.</translation>
    </message>
    <message>
        <source>Give the date it was recorded.</source>
        <translation>Ange datumet då det registrerades.</translation>
    </message>
    <message>
        <source>The date of the count cannot be in the future.</source>
        <translation>Datumet för räkningen kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>The date recorded cannot be in the future.</source>
        <translation>Registreringsdatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>Give a date between %1 and %2.</source>
        <translation>Ange ett datum mellan %1 och %2.</translation>
    </message>
    <message>
        <source>Write a date as YYYY-MM-DD.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>This report is saved as %1, not as .%2: change the file&apos;s ending.</source>
        <translation>Filen kan sparas som %1 men inte som .%2: ändra filens ändelse.</translation>
    </message>
    <message>
        <source>This report is saved as %1: give the file one of those endings.</source>
        <translation>Filen kan sparas som %1: ge den en sådan ändelse.</translation>
    </message>
    <message>
        <source>The period is not one: write it as 2010-01..2010-06 or as two dates, the first not after the last.</source>
        <translation>Perioden går inte att läsa: skriv den som 2010-01..2010-06 eller som två datum där det första inte är efter det sista.</translation>
    </message>
    <message>
        <source>Choose the session (or all sessions of the course).</source>
        <translation>Välj kurstillfället (eller kursens alla tillfällen).</translation>
    </message>
    <message>
        <source>Choose the course.</source>
        <translation>Välj kursen.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Välj personen.</translation>
    </message>
    <message>
        <source>Choose the month.</source>
        <translation>Välj månaden.</translation>
    </message>
    <message>
        <source>Choose what the 4R report is about: the programme, a region, a course or a competence area.</source>
        <translation>Välj vad 4R-rapporten gäller: programmet, en region, en kurs eller ett kompetensområde.</translation>
    </message>
    <message>
        <source>What the report is about is no longer here (removed, or outside this region): choose again.</source>
        <translation>Det rapporten gäller finns inte längre här (borttaget eller utanför regionen): välj igen.</translation>
    </message>
    <message>
        <source>Write the answer as text.</source>
        <translation>Skriv svaret som text.</translation>
    </message>
    <message>
        <source>A number cannot be negative.</source>
        <translation>Ett tal kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Count persons in whole numbers.</source>
        <translation>Räkna personer i heltal.</translation>
    </message>
    <message>
        <source>A count can be at most %1.</source>
        <translation>Ett antal får vara högst %1.</translation>
    </message>
    <message>
        <source>Count at least one person (woman, man, other or not stated).</source>
        <translation>Räkna minst en person (kvinna, man, annat eller ej angivet).</translation>
    </message>
    <message>
        <source>Write each amount as a number, such as 1500 or 12,50.</source>
        <translation>Skriv varje belopp som ett tal, till exempel 1500 eller 12,50.</translation>
    </message>
    <message>
        <source>An amount can be at most %1.</source>
        <translation>Ett belopp får vara högst %1.</translation>
    </message>
    <message>
        <source>An amount can have at most two decimals.</source>
        <translation>Ett belopp får ha högst två decimaler.</translation>
    </message>
    <message>
        <source>Give an amount for at least one gender (woman, man, other or not stated).</source>
        <translation>Ange ett belopp för minst ett kön (kvinna, man, annat eller ej angivet).</translation>
    </message>
    <message>
        <source>Answer at least one of the three questions before saving.</source>
        <translation>Besvara minst en av de tre frågorna innan du sparar.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Choose what the analysis is about.</source>
        <translation>Välj vad analysen gäller.</translation>
    </message>
    <message>
        <source>The chosen region, course or competence area is no longer there.</source>
        <translation>Den valda regionen, kursen eller kompetensområdet finns inte längre.</translation>
    </message>
    <message>
        <source>This installation keeps the 4R entries of region %1 only.</source>
        <translation>Den här installationen hanterar bara 4R-uppgifterna för region %1.</translation>
    </message>
    <message>
        <source>The entry is no longer there; it may have been deleted.</source>
        <translation>Uppgiften finns inte längre; den kan ha tagits bort.</translation>
    </message>
    <message>
        <source>The entry already exists.</source>
        <translation>Uppgiften finns redan.</translation>
    </message>
    <message>
        <source>A 4R entry has no field “%1”.</source>
        <translation>En 4R-uppgift har inget fält ”%1”.</translation>
    </message>
    <message>
        <source>Unknown gender.</source>
        <translation>Okänt kön.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>search</source>
        <translation>sök</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 visas</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <source>Monthly attendance report</source>
        <translation>Närvarorapport</translation>
    </message>
    <message>
        <source>Course certificate</source>
        <translation>Kursintyg</translation>
    </message>
    <message>
        <source>Participant statistics</source>
        <translation>Deltagarredovisning</translation>
    </message>
    <message>
        <source>4R analysis</source>
        <translation>4R-analys</translation>
    </message>
    <message>
        <source>Target follow-up</source>
        <translation>Måluppföljning</translation>
    </message>
    <message>
        <source>The enrolled persons by surname with a signature column and blank rows for walk-ins: for one session, or every session of the course in one file.</source>
        <translation>De anmälda personerna efter efternamn, med en kolumn för underskrift och tomma rader för drop-in-deltagare: för ett kurstillfälle, eller för kursens alla tillfällen i en fil.</translation>
    </message>
    <message>
        <source>Every session a participant attended in the month, with the month&apos;s whole hours and lines to sign: for one participant, or all of them in one file.</source>
        <translation>Alla kurstillfällen som en deltagare var närvarande vid under månaden, med månadens summa i hela timmar och rader för underskrift: för en deltagare, eller för alla deltagare i en fil.</translation>
    </message>
    <message>
        <source>A participant&apos;s certificate for a course: areas, dates, hours, completion.</source>
        <translation>En deltagares intyg för en kurs: områden, datum, timmar, genomförande.</translation>
    </message>
    <message>
        <source>Participants by gender, age band and education, with totals; a person counts once.</source>
        <translation>Deltagare efter kön, åldersgrupp och utbildning, med summor; en person räknas en gång.</translation>
    </message>
    <message>
        <source>R1 and R2 with charts by gender, the R3 analysis and the R4 actions.</source>
        <translation>R1 och R2 med diagram efter kön, R3-analysen och R4-åtgärderna.</translation>
    </message>
    <message>
        <source>Each target against its value per region, and the milestones.</source>
        <translation>Varje mål och dess utfall per region, samt milstolparna.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Find a course</source>
        <translation>Sök en kurs</translation>
    </message>
    <message>
        <source>Type part of the title</source>
        <translation>Skriv en del av titeln</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Kurstillfälle</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>Kurs&amp;tillfälle:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Type the first letters of a name</source>
        <translation>Skriv de första bokstäverna i ett namn</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Typ av enhet</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>4R &amp;unit:</source>
        <translation>4R-e&amp;nhet:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Period from (date)</source>
        <translation>Period från (datum)</translation>
    </message>
    <message>
        <source>Period until (date)</source>
        <translation>Period till och med (datum)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Hide counts under 5</source>
        <translation>&amp;Dölj antal under 5</translation>
    </message>
    <message>
        <source>Hide counts under 5</source>
        <translation>Dölj antal under 5</translation>
    </message>
    <message>
        <source>Shows “&lt; 5” for groups of one to four persons, before sharing figures.</source>
        <translation>Visar ”&lt; 5” för grupper på en till fyra personer, inför att siffrorna delas.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Rapportstatus</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>Rapporten tas fram</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <source>Preview the first page</source>
        <translation>Förhandsgranska första sidan</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <source>Save the report to a file</source>
        <translation>Spara rapporten i en fil</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Öppna den sparade rapporten</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>inga kurstillfällen</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alla regioner</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Egna datum…</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Alla kurser</translation>
    </message>
    <message>
        <source>All sessions of the course</source>
        <translation>Kursens alla tillfällen</translation>
    </message>
    <message>
        <source>Nobody found by that name.</source>
        <translation>Ingen med det namnet hittades.</translation>
    </message>
    <message>
        <source>Choose a name from the list.</source>
        <translation>Välj ett namn i listan.</translation>
    </message>
    <message>
        <source>Every participant of the month</source>
        <translation>Alla månadens deltagare</translation>
    </message>
    <message>
        <source>Press Preview to see this report&apos;s first page.</source>
        <translation>Tryck på Förhandsgranska för att se den här rapportens första sida.</translation>
    </message>
    <message>
        <source>The whole programme</source>
        <translation>Hela programmet</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Tar fram förhandsgranskningen…</translation>
    </message>
    <message>
        <source>First page of %1 (%2 pages)</source>
        <translation>%1, sida 1 av %2</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Sparar rapporten…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, semicolons (*.csv)</source>
        <translation>CSV, semikolonavgränsad (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>sidor: %1</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>rader: %1</translation>
    </message>
    <message>
        <source>Saved to %1 (%2).</source>
        <translation>Rapporten har sparats i %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Edit resource</source>
        <translation>Ändra resurs</translation>
    </message>
    <message>
        <source>Add a resource by hand</source>
        <translation>Lägg till en resurs för hand</translation>
    </message>
    <message>
        <source>Kind of resource</source>
        <translation>Typ av resurs</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Such as: Fees paid to lecturers</source>
        <translation>Till exempel: Arvoden till föreläsare</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Unit of the amounts</source>
        <translation>Beloppens enhet</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timmar</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Recorded on (date)</source>
        <translation>Registrerad den (datum)</translation>
    </message>
    <message>
        <source>&amp;Recorded on:</source>
        <translation>&amp;Registrerad den:</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Belopp: %1</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation>Belopp:</translation>
    </message>
</context>
<context>
    <name>SessionCalendar</name>
    <message>
        <source>Calendar of sessions</source>
        <translation>Kalender över kurstillfällen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Föregående</translation>
    </message>
    <message>
        <source>Previous week or month</source>
        <translation>Föregående vecka eller månad</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Gå till i dag</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>Next week or month</source>
        <translation>Nästa vecka eller månad</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Show a week or a month</source>
        <translation>Visa en vecka eller en månad</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Sessions of the chosen day</source>
        <translation>Kurstillfällen den valda dagen</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Vecka %1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n kurstillfälle</numerusform>
            <numerusform>%n kurstillfällen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Sessions</source>
        <translation>Kurstillfällen</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Lägg till kurstillfälle</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Lägg till kurstillfälle</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>Ta bo&amp;rt kurstillfälle</translation>
    </message>
    <message>
        <source>Remove the selected sessions</source>
        <translation>Ta bort de valda kurstillfällena</translation>
    </message>
    <message>
        <source>Number of weekly repeats</source>
        <translation>Antal veckovisa upprepningar</translation>
    </message>
    <message>
        <source>Repeat &amp;weekly ×</source>
        <translation>Upprepa varje ve&amp;cka ×</translation>
    </message>
    <message>
        <source>Add re&amp;peats</source>
        <translation>Lägg till u&amp;pprepningar</translation>
    </message>
    <message>
        <source>Add weekly repeats of the selected session</source>
        <translation>Lägg till veckovisa upprepningar av det valda kurstillfället</translation>
    </message>
    <message>
        <source>Sessions of the course</source>
        <translation>Kursens kurstillfällen</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Inga varningar</translation>
    </message>
    <message>
        <source>Warnings for the sessions</source>
        <translation>Varningar för kurstillfällena</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Kurstillfällets datum</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Venue of the session</source>
        <translation>Kurstillfällets lokal</translation>
    </message>
    <message>
        <source>Leader of the session</source>
        <translation>Kurstillfällets kursledare</translation>
    </message>
    <message>
        <source>Note on the session</source>
        <translation>Anteckning om kurstillfället</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Valt kurstillfälle</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Start&amp;s</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <source>E&amp;nds</source>
        <translation>Sl&amp;utar</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>Lo&amp;kal</translation>
    </message>
    <message>
        <source>Lea&amp;der</source>
        <translation>Kursl&amp;edare</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>(ingen lokal)</translation>
    </message>
    <message>
        <source>(no leader)</source>
        <translation>(ingen kursledare)</translation>
    </message>
    <message numerus="yes">
        <source>%n &amp;warning(s)</source>
        <translation>
            <numerusform>%n &amp;varning</numerusform>
            <numerusform>%n &amp;varningar</numerusform>
        </translation>
    </message>
    <message>
        <source>No &amp;warnings</source>
        <translation>Inga &amp;varningar</translation>
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
<context>
    <name>Sync</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Filen kan inte läsas.</translation>
    </message>
    <message>
        <source>The file is not a SOUL bundle.</source>
        <translation>Filen är inget SOUL-paket.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: the file ends too early.</source>
        <translation>Paketet är ofullständigt: filen tar slut för tidigt.</translation>
    </message>
    <message>
        <source>The bundle is damaged: its contents do not match its checksum.</source>
        <translation>Paketet är skadat: innehållet stämmer inte med kontrollsumman.</translation>
    </message>
    <message>
        <source>The bundle is damaged: a part does not match its checksum.</source>
        <translation>Paketet är skadat: en del stämmer inte med sin kontrollsumma.</translation>
    </message>
    <message>
        <source>The bundle is damaged: a part has the wrong number of rows.</source>
        <translation>Paketet är skadat: en del har fel antal rader.</translation>
    </message>
    <message>
        <source>The bundle is damaged: a row cannot be read.</source>
        <translation>Paketet är skadat: en rad kan inte läsas.</translation>
    </message>
    <message>
        <source>The bundle&apos;s description is damaged.</source>
        <translation>Paketets beskrivning är skadad.</translation>
    </message>
    <message>
        <source>The bundle was made by a newer SOUL Desktop; update this installation to read it.</source>
        <translation>Paketet är skapat av en nyare SOUL Desktop; uppdatera den här installationen för att läsa det.</translation>
    </message>
    <message>
        <source>The bundle is larger than SOUL Desktop accepts.</source>
        <translation>Paketet är större än SOUL Desktop tar emot.</translation>
    </message>
    <message>
        <source>The bundle holds a table this installation does not know.</source>
        <translation>Paketet innehåller en tabell som den här installationen inte känner till.</translation>
    </message>
    <message>
        <source>The bundle refers to rows that are neither in it nor in this database.</source>
        <translation>Paketet hänvisar till rader som varken finns i paketet eller i den här databasen.</translation>
    </message>
    <message>
        <source>The bundle refers to rows that are neither in it nor in this database, or repeats a row.</source>
        <translation>Paketet hänvisar till rader som varken finns i paketet eller i den här databasen, eller upprepar en rad.</translation>
    </message>
    <message>
        <source>A row in the bundle breaks the rules of its table.</source>
        <translation>En rad i paketet bryter mot reglerna för sin tabell.</translation>
    </message>
    <message>
        <source>The bundle holds the same row twice.</source>
        <translation>Paketet innehåller samma rad två gånger.</translation>
    </message>
    <message>
        <source>The bundle holds rows its sender may not write (another region&apos;s, or rows a workshop leader does not write); nothing was imported.</source>
        <translation>Paketet innehåller rader som avsändaren inte får skriva (en annan regions rader, eller rader som en kursledare inte skriver); inget har importerats.</translation>
    </message>
    <message>
        <source>The bundle is addressed to another installation.</source>
        <translation>Paketet är adresserat till en annan installation.</translation>
    </message>
    <message>
        <source>The bundle&apos;s sender does not match what this installation knows about it (its role or region differs).</source>
        <translation>Paketets avsändare stämmer inte med det som den här installationen vet om den (rollen eller regionen skiljer sig).</translation>
    </message>
    <message>
        <source>This installation is not set up yet.</source>
        <translation>Den här installationen är inte konfigurerad än.</translation>
    </message>
    <message>
        <source>The bundle&apos;s encrypted rows were changed after it was made; nothing was imported.</source>
        <translation>Paketets krypterade rader har ändrats efter att paketet skapades; inget har importerats.</translation>
    </message>
    <message>
        <source>The bundle is encrypted for another key than this installation&apos;s.</source>
        <translation>Paketet är krypterat för en annan nyckel än den här installationens.</translation>
    </message>
    <message>
        <source>The bundle&apos;s rows are encrypted for another installation.</source>
        <translation>Paketets rader är krypterade för en annan installation.</translation>
    </message>
    <message>
        <source>The bundle holds a personnummer in clear; it never travels between installations, so nothing was imported.</source>
        <translation>Paketet innehåller ett personnummer i klartext; personnummer skickas aldrig mellan installationer, så inget har importerats.</translation>
    </message>
    <message>
        <source>The file is not a valid receipt.</source>
        <translation>Filen är inget giltigt kvitto.</translation>
    </message>
    <message>
        <source>The receipt cannot be read.</source>
        <translation>Kvittot kan inte läsas.</translation>
    </message>
    <message>
        <source>This receipt is for another installation.</source>
        <translation>Kvittot gäller en annan installation.</translation>
    </message>
    <message>
        <source>The receipt was made by a newer SOUL Desktop; update this installation to read it.</source>
        <translation>Kvittot är skapat av en nyare SOUL Desktop; uppdatera den här installationen för att läsa det.</translation>
    </message>
    <message>
        <source>This bundle has not been imported here.</source>
        <translation>Paketet har inte importerats här.</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Klart att importera</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisat</translation>
    </message>
    <message>
        <source>Not imported (cancelled)</source>
        <translation>Inte importerat (avbrutet)</translation>
    </message>
    <message>
        <source>The bundle holds no rows.</source>
        <translation>Paketet innehåller inga rader.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterade</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>From installation</source>
        <translation>Från installation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synk</translation>
    </message>
    <message>
        <source>Sync sections</source>
        <translation>Synkavsnitt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbletter</translation>
    </message>
    <message>
        <source>Choose bundle files (or drop them here). Each is checked first without changing anything; then Apply imports them one after another. A bundle is imported whole or not at all.</source>
        <translation>Välj paketfiler (eller släpp dem här). Varje paket kontrolleras först utan att något ändras; sedan importerar Verkställ dem ett i taget. Ett paket importeras helt eller inte alls.</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>&amp;Välj filer…</translation>
    </message>
    <message>
        <source>Choose bundle files to check</source>
        <translation>Välj paketfiler att kontrollera</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Verk&amp;ställ</translation>
    </message>
    <message>
        <source>Import the checked bundles</source>
        <translation>Importera de kontrollerade paketen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Stop before the next bundle</source>
        <translation>Stoppa före nästa paket</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>&amp;Töm listan</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Töm listan</translation>
    </message>
    <message>
        <source>&amp;Write receipts to folder…</source>
        <translation>S&amp;kriv kvitton till mapp…</translation>
    </message>
    <message>
        <source>Write a receipt for each imported bundle</source>
        <translation>Skriv ett kvitto för varje importerat paket</translation>
    </message>
    <message>
        <source>Folder for receipts</source>
        <translation>Mapp för kvitton</translation>
    </message>
    <message>
        <source>Bundles checked</source>
        <translation>Kontrollerade paket</translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation>Importerade paket</translation>
    </message>
    <message>
        <source>%v of %m bundles</source>
        <translation>%v av %m paket</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>Every import and refused bundle on this installation, newest first.</source>
        <translation>Alla importer och avvisade paket i den här installationen, senaste först.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importhistorik</translation>
    </message>
    <message>
        <source>A bundle carries this installation&apos;s records to another installation. Choose what goes in, then where to save it.</source>
        <translation>Ett paket för den här installationens uppgifter till en annan installation. Välj vad som ska ingå och sedan var paketet ska sparas.</translation>
    </message>
    <message>
        <source>&amp;Everything (a full bundle)</source>
        <translation>&amp;Allt (ett fullständigt paket)</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportera allt</translation>
    </message>
    <message>
        <source>&amp;Only changes the recipient has not confirmed yet</source>
        <translation>&amp;Bara ändringar som mottagaren inte har bekräftat än</translation>
    </message>
    <message>
        <source>Export only unconfirmed changes</source>
        <translation>Exportera bara obekräftade ändringar</translation>
    </message>
    <message>
        <source>&amp;Recipient installation:</source>
        <translation>&amp;Mottagande installation:</translation>
    </message>
    <message>
        <source>Recipient installation</source>
        <translation>Mottagande installation</translation>
    </message>
    <message>
        <source>The installation that enrolled this one</source>
        <translation>Installationen som anslöt den här</translation>
    </message>
    <message>
        <source>the installation that enrolled this one</source>
        <translation>installationen som anslöt den här</translation>
    </message>
    <message>
        <source>What goes in: every record of every synced table, whoever made it, for %1. Use it for a first exchange or to rebuild that installation. Only %1 can open the bundle.</source>
        <translation>Det här ingår: alla uppgifter i alla tabeller som synkas, vem som än gjort dem, till %1. Använd det vid ett första utbyte eller för att bygga upp den installationen igen. Bara %1 kan öppna paketet.</translation>
    </message>
    <message>
        <source>What goes in: the changes %1 has not confirmed with a receipt or sent here itself. Records it has confirmed are left out, and only %1 can open the bundle.</source>
        <translation>Det här ingår: de ändringar som %1 inte har bekräftat med ett kvitto eller själv har skickat hit. Uppgifter som den har bekräftat lämnas utanför, och bara %1 kan öppna paketet.</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Vad som ingår</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Export a bundle to a file</source>
        <translation>Exportera ett paket till en fil</translation>
    </message>
    <message>
        <source>Apply &amp;receipt…</source>
        <translation>Läs in &amp;kvitto…</translation>
    </message>
    <message>
        <source>Apply a receipt from a recipient</source>
        <translation>Läs in ett kvitto från en mottagare</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Choose bundles</source>
        <translation>Välj paket</translation>
    </message>
    <message>
        <source>SOUL bundles (*.soulbundle);;All files (*)</source>
        <translation>SOUL-paket (*.soulbundle);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Spara paket</translation>
    </message>
    <message>
        <source>SOUL bundles (*.soulbundle)</source>
        <translation>SOUL-paket (*.soulbundle)</translation>
    </message>
    <message>
        <source>Choose a receipt</source>
        <translation>Välj ett kvitto</translation>
    </message>
    <message>
        <source>Receipts (*.receipt.json *.json);;All files (*)</source>
        <translation>Kvitton (*.receipt.json *.json);;Alla filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n bundle(s)…</source>
        <translation>
            <numerusform>Kontrollerar %n paket…</numerusform>
            <numerusform>Kontrollerar %n paket…</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: %1. Refused: %2.</source>
        <translation>Klara att importera: %1. Avvisade: %2.</translation>
    </message>
    <message>
        <source>Stopping after the current bundle…</source>
        <translation>Stoppar efter det pågående paketet…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Imported: %1. Not imported (cancelled): %2. Refused: %3.</source>
        <translation>Importerade: %1. Inte importerade (avbrutet): %2. Avvisade: %3.</translation>
    </message>
    <message>
        <source>Receipts written to %1.</source>
        <translation>Kvitton skrivna till %1.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikter (%1)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporterar till %1…</translation>
    </message>
    <message>
        <source>Exported %1 rows from %2 tables to %3.</source>
        <translation>Exporterade %1 rader från %2 tabeller till %3.</translation>
    </message>
    <message>
        <source>Receipt applied: installation %1 has confirmed these changes; later exports to it leave them out.</source>
        <translation>Kvittot är inläst: installation %1 har bekräftat ändringarna; senare exporter till den lämnar dem utanför.</translation>
    </message>
</context>
<context>
    <name>TargetDetailsDialog</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Type part of a name, organisation or region</source>
        <translation>Skriv en del av ett namn, en organisation eller en region</translation>
    </message>
    <message>
        <source>Find in the list</source>
        <translation>Sök i listan</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Kopiera listan</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Kopiera listan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing lies behind this number yet.</source>
        <translation>Det finns inget bakom den här siffran än.</translation>
    </message>
    <message>
        <source>The first %1 of %2 are shown, by surname.</source>
        <translation>De första %1 av %2 visas, ordnade efter efternamn.</translation>
    </message>
    <message>
        <source>One course.</source>
        <translation>En kurs.</translation>
    </message>
    <message>
        <source>%1 courses.</source>
        <translation>%1 kurser.</translation>
    </message>
    <message>
        <source>One person.</source>
        <translation>En person.</translation>
    </message>
    <message>
        <source>%1 persons.</source>
        <translation>%1 personer.</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Listan kunde inte läsas in: %1</translation>
    </message>
    <message>
        <source>The list is copied; paste it into a spreadsheet or a mail.</source>
        <translation>Listan är kopierad; klistra in den i ett kalkylblad eller ett mejl.</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Collaborating</source>
        <translation>Samverkande</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrig</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnådd</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Mål %1</translation>
    </message>
    <message>
        <source>– of %1</source>
        <translation>– av %1</translation>
    </message>
    <message>
        <source>Not counted by this version</source>
        <translation>Räknas inte av den här versionen</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Not reached: %1 to go</source>
        <translation>Ej uppnått: %1 kvar</translation>
    </message>
    <message>
        <source>persons completed</source>
        <translation>personer har genomfört</translation>
    </message>
    <message>
        <source>persons attended</source>
        <translation>personer har deltagit</translation>
    </message>
    <message>
        <source>regions with a network formed</source>
        <translation>regioner har bildat nätverk</translation>
    </message>
    <message>
        <source>regions covering every national competence area</source>
        <translation>regioner täcker alla nationella kompetensområden</translation>
    </message>
    <message>
        <source>Counts the other regions; this region is a collaborating one</source>
        <translation>Räknar övriga regioner; den här regionen är en samverkande region</translation>
    </message>
    <message>
        <source>Counts the collaborating regions; this region is one of the others</source>
        <translation>Räknar de samverkande regionerna; den här regionen är en övrig region</translation>
    </message>
    <message>
        <source>Persons who completed all or part</source>
        <translation>Personer som har genomfört hela eller delar av programmet</translation>
    </message>
    <message>
        <source>Persons who attended</source>
        <translation>Personer som har deltagit</translation>
    </message>
    <message>
        <source>Training courses in national competence areas</source>
        <translation>Utbildningar inom nationella kompetensområden</translation>
    </message>
    <message>
        <source>Meetings of the regional network</source>
        <translation>Det regionala nätverkets träffar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>(the collaborating regions)</source>
        <translation>(de samverkande regionerna)</translation>
    </message>
    <message>
        <source>(the other regions)</source>
        <translation>(övriga regioner)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Persons who completed all or part of the programme</source>
        <translation>Personer som har genomfört hela eller delar av programmet</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltagit</translation>
    </message>
    <message>
        <source>Persons who attended at least one session</source>
        <translation>Personer som har deltagit i minst ett kurstillfälle</translation>
    </message>
    <message>
        <source>Network formed</source>
        <translation>Nätverk bildat</translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation>Kompetensområden</translation>
    </message>
    <message>
        <source>%1, %2 region</source>
        <translation>%1, %2 region</translation>
    </message>
    <message>
        <source>%1: no regional network formed</source>
        <translation>%1: inget regionalt nätverk bildat</translation>
    </message>
    <message>
        <source>%1: regional network formed on %2</source>
        <translation>%1: regionalt nätverk bildat %2</translation>
    </message>
    <message>
        <source>Every national competence area is covered.</source>
        <translation>Alla nationella kompetensområden är täckta.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Saknas: %1</translation>
    </message>
    <message>
        <source>%1: %2 competence areas covered</source>
        <translation>%1: %2 kompetensområden täckta</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>saknas: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milstolpe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Underlag: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Quota per region</source>
        <translation>Kvot per region</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomförda</translation>
    </message>
    <message>
        <source>Per region (of quota)</source>
        <translation>Per region (av kvot)</translation>
    </message>
    <message>
        <source>%1: quota %2 persons per region</source>
        <translation>%1: kvot %2 personer per region</translation>
    </message>
    <message>
        <source>%1: held %2 times</source>
        <translation>%1: genomförd %2 gånger</translation>
    </message>
    <message>
        <source>%1: %2 participants in all</source>
        <translation>%1: %2 deltagare totalt</translation>
    </message>
    <message>
        <source>%1 participants per region: %2</source>
        <translation>%1, deltagare per region: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioner</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <source>%1: %2 courses</source>
        <translation>%1: %2 kurser</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Startdatum</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Edit targets</source>
        <translation>Ändra mål</translation>
    </message>
    <message>
        <source>The targets and the collaborating regions are national: central&apos;s bundles bring the changes to every region.</source>
        <translation>Målen och de samverkande regionerna är nationella: det centrala kansliets paket för ut ändringarna till alla regioner.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Per region (about)</source>
        <translation>Per region (ungefär)</translation>
    </message>
    <message>
        <source>Target value: %1</source>
        <translation>Målvärde: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Persons per region (about): %1</source>
        <translation>Personer per region (ungefär): %1</translation>
    </message>
    <message>
        <source>Collaborating regions</source>
        <translation>Samverkande regioner</translation>
    </message>
    <message>
        <source>Ticked regions are the collaborating ones (the completed-persons target); the others count towards the target for the other regions.</source>
        <translation>Markerade regioner är samverkande regioner (målet för personer som har genomfört); de andra räknas mot målet för övriga regioner.</translation>
    </message>
    <message>
        <source>%1 collaborates</source>
        <translation>%1 samverkar</translation>
    </message>
</context>
<context>
    <name>TargetsSection</name>
    <message>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Edit &amp;targets…</source>
        <translation>Ändra &amp;mål…</translation>
    </message>
    <message>
        <source>Edit targets</source>
        <translation>Ändra mål</translation>
    </message>
    <message>
        <source>Change the targets&apos; values and which regions collaborate</source>
        <translation>Ändra målvärdena och vilka regioner som samverkar</translation>
    </message>
    <message>
        <source>This office counts its own region only (%1). The central office counts the whole programme, with duplicate persons merged.</source>
        <translation>Det här kontoret räknar bara sin egen region (%1). Det centrala kansliet räknar hela programmet, med dubbletter av personer sammanslagna.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioner</translation>
    </message>
    <message>
        <source>Regions&apos; standing</source>
        <translation>Regionernas läge</translation>
    </message>
    <message>
        <source>Milestones of goals 2 and 3</source>
        <translation>Milstolpar för mål 2 och 3</translation>
    </message>
    <message>
        <source>Edit &amp;milestone…</source>
        <translation>Ändra m&amp;ilstolpe…</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Ändra milstolpe</translation>
    </message>
    <message>
        <source>The central office sets the milestones&apos; status.</source>
        <translation>Det centrala kansliet anger milstolparnas status.</translation>
    </message>
    <message>
        <source>Transnational activities</source>
        <translation>Transnationella aktiviteter</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>The targets could not be counted: %1</source>
        <translation>Målen kunde inte räknas fram: %1</translation>
    </message>
    <message>
        <source>Counted at %1.</source>
        <translation>Räknat kl. %1.</translation>
    </message>
    <message>
        <source>%1 has no regional network recorded.</source>
        <translation>%1 har inget regionalt nätverk registrerat.</translation>
    </message>
    <message>
        <source>Change milestone %1</source>
        <translation>Ändra milstolpe %1</translation>
    </message>
    <message>
        <source>Change the targets</source>
        <translation>Ändra målen</translation>
    </message>
    <message>
        <source>The change was not made: %1</source>
        <translation>Ändringen gjordes inte: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation>Lås upp databasen</translation>
    </message>
    <message>
        <source>This database is encrypted</source>
        <translation>Databasen är krypterad</translation>
    </message>
    <message>
        <source>Type its passphrase to open it.</source>
        <translation>Skriv databasens lösenfras för att öppna den.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>S&amp;how the characters</source>
        <translation>Visa &amp;tecknen</translation>
    </message>
    <message>
        <source>Show the characters of the passphrase</source>
        <translation>Visa lösenfrasens tecken</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Öppnar databasen…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Skriv lösenfrasen.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Lösenfrasen sparades inte</translation>
    </message>
    <message>
        <source>The passphrase could not be remembered: %1 It will be asked for again.</source>
        <translation>Datorn kunde inte komma ihåg lösenfrasen: %1 Den efterfrågas igen nästa gång.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Databasen kunde inte öppnas: %1</translation>
    </message>
</context>
<context>
    <name>VenueForm</name>
    <message>
        <source>Venue details</source>
        <translation>Lokaluppgifter</translation>
    </message>
    <message>
        <source>Name of the venue</source>
        <translation>Lokalens namn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Capacity of the venue</source>
        <translation>Lokalens antal platser</translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation>Anteckningar om tillgänglighet</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>Ko&amp;mmun</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>Antal &amp;platser</translation>
    </message>
    <message>
        <source>Accessibility register</source>
        <translation>Tillgänglighetsinventering</translation>
    </message>
    <message>
        <source>Space cycles: no → not checked → yes.</source>
        <translation>Mellanslag växlar: nej → ej kontrollerat → ja.</translation>
    </message>
    <message>
        <source>Accessibility n&amp;otes</source>
        <translation>Anteckningar om &amp;tillgänglighet</translation>
    </message>
    <message>
        <source>Choose a municipality from the list.</source>
        <translation>Välj en kommun i listan.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Kurstillfälle</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Kurstillfälle:</translation>
    </message>
    <message>
        <source>Find a person by name</source>
        <translation>Sök en person på namn</translation>
    </message>
    <message>
        <source>First or last name</source>
        <translation>Förnamn eller efternamn</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Matching persons</source>
        <translation>Personer som matchar</translation>
    </message>
    <message>
        <source>Type a name to search the register.</source>
        <translation>Skriv ett namn för att söka i registret.</translation>
    </message>
    <message>
        <source>Not in the register? Register a new person</source>
        <translation>Finns inte i registret? Registrera en ny person</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>Organisation (frivilligt)</translation>
    </message>
    <message>
        <source>Optional: type to find</source>
        <translation>Frivilligt: skriv för att söka</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>K&amp;ön:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Mark &amp;selected present</source>
        <translation>Markera &amp;vald som närvarande</translation>
    </message>
    <message>
        <source>Mark the selected person present</source>
        <translation>Markera den valda personen som närvarande</translation>
    </message>
    <message>
        <source>&amp;Register and mark present</source>
        <translation>&amp;Registrera och markera närvarande</translation>
    </message>
    <message>
        <source>Register the new person and mark present</source>
        <translation>Registrera den nya personen och markera som närvarande</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>född %1</translation>
    </message>
    <message>
        <source>already on the list</source>
        <translation>redan på listan</translation>
    </message>
    <message>
        <source>The first %1 are shown; type more of the name to narrow them. Enter marks the highlighted person present.</source>
        <translation>De första %1 visas; skriv mer av namnet för att begränsa urvalet. Enter markerar den valda personen som närvarande.</translation>
    </message>
    <message>
        <source>%1 found. Enter marks the highlighted person present.</source>
        <translation>%1 hittade. Enter markerar den valda personen som närvarande.</translation>
    </message>
    <message>
        <source>Nobody of that name in the register. Enter registers a new person.</source>
        <translation>Ingen med det namnet i registret. Enter registrerar en ny person.</translation>
    </message>
    <message>
        <source>Type a name, then choose a person from the list.</source>
        <translation>Skriv ett namn och välj sedan en person i listan.</translation>
    </message>
    <message>
        <source>Choose an organisation from the list, or leave the field empty.</source>
        <translation>Välj en organisation i listan eller lämna fältet tomt.</translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <source>Applies from (date)</source>
        <translation>Gäller från (datum)</translation>
    </message>
    <message>
        <source>Applies until (date)</source>
        <translation>Gäller till och med (datum)</translation>
    </message>
    <message>
        <source>&amp;Applies from – until:</source>
        <translation>&amp;Gäller från – till:</translation>
    </message>
    <message>
        <source>Leave both empty for an entry that applies to every period.</source>
        <translation>Lämna båda tomma om uppgiften gäller alla perioder.</translation>
    </message>
    <message>
        <source>Write a date as YYYY-MM-DD, such as 2010-03-01.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2010-03-01.</translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <source>Working… this can take a while on a large database.</source>
        <translation>Arbetar… det kan ta en stund med en stor databas.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
</TS>
