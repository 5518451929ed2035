<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About SOUL Desktop</source>
        <translation></translation>
    </message>
    <message>
        <source>SOUL Desktop %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Planning, attendance and reporting for SOUL, Sociala ekonomins organisationer i Utveckling och Lärande.</source>
        <translation></translation>
    </message>
    <message>
        <source>Part-financed by the European Social Fund (Europeiska socialfonden).</source>
        <translation></translation>
    </message>
    <message>
        <source>Proprietary software of the SOUL programme. All rights reserved.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear the field</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation></translation>
    </message>
    <message>
        <source>Such as: Invite more men to…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation></translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation></translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation></translation>
    </message>
    <message>
        <source>By when (date)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation></translation>
    </message>
    <message>
        <source>The finding behind the action</source>
        <translation></translation>
    </message>
    <message>
        <source>What in the analysis led to this action?</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation></translation>
    </message>
    <message>
        <source>What came of it, and what next?</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow-&amp;up:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The passphrase remembered on this computer no longer opens this database (was it changed elsewhere?). Type the current one.</source>
        <translation></translation>
    </message>
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
    <name>Attendance</name>
    <message>
        <source>E</source>
        <comment>one-letter mark for an excused (valid) absence; Swedish G</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation></translation>
    </message>
    <message>
        <source>present</source>
        <translation></translation>
    </message>
    <message>
        <source>absent</source>
        <translation></translation>
    </message>
    <message>
        <source>excused absence</source>
        <translation></translation>
    </message>
    <message>
        <source>partly present</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation></translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (walk-in)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: enrolled after this session</source>
        <translation></translation>
    </message>
    <message>
        <source>(%1 of %2 min)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: attended %2 of %3 planned; %4</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 present, %3 partly, %4 absent, %5 excused, %6 not marked of %7 expected</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 completed, %2 partly, %3 not completed</source>
        <translation></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation></translation>
    </message>
    <message>
        <source>came as a walk-in</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Share</source>
        <translation></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation></translation>
    </message>
    <message>
        <source>Share of the planned hours attended</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed at %1 % of the planned hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AttendanceDialogs</name>
    <message>
        <source>Error</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation></translation>
    </message>
    <message>
        <source>Course</source>
        <translation></translation>
    </message>
    <message>
        <source>Type to find a course…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation></translation>
    </message>
    <message>
        <source>Add someone who came to the door (Ctrl+N)</source>
        <translation></translation>
    </message>
    <message>
        <source>Attendance views</source>
        <translation></translation>
    </message>
    <message>
        <source>Course &amp;grid</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a course to take its attendance.</source>
        <translation></translation>
    </message>
    <message>
        <source>Attendance grid: persons by sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>Message</source>
        <translation></translation>
    </message>
    <message>
        <source>✓ present   ✗ absent   E excused absence   90 min partly present   – enrolled after the session</source>
        <translation></translation>
    </message>
    <message>
        <source>Space: present → absent → excused   P or Enter: partly present   Delete: clear   Ctrl+N: walk-in   Ctrl+Z: undo</source>
        <translation></translation>
    </message>
    <message>
        <source>Looking for today&apos;s session…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a person on today&apos;s list</source>
        <translation></translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation></translation>
    </message>
    <message>
        <source>Today&apos;s list</source>
        <translation></translation>
    </message>
    <message>
        <source>Type letters of a name to find it.   Space or Enter: present   Delete: absent   Escape: show everyone   Ctrl+N: walk-in</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 persons enrolled, %2 sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>No session today. The course grid has every session of a course.</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear %1 on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Mark %1 %3 on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a course (or a session today) first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course has no sessions yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add walk-in %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 sessions, %2 persons. Attended %3 of %4 planned. %5 completed, %6 partly, %7 not completed (rule: %8 % of the planned hours).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>(today)</source>
        <translation></translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>w. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>today</source>
        <translation></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is not the current passphrase. Nothing was changed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>First name</source>
        <translation></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation></translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation></translation>
    </message>
    <message>
        <source>Education</source>
        <translation></translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Accessibility note</source>
        <translation></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined to give personal identity number</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined to state education</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined to state employment</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined to state disability</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined to state accessibility needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Description</source>
        <translation></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation></translation>
    </message>
    <message>
        <source>Places</source>
        <translation></translation>
    </message>
    <message>
        <source>Budget (SEK)</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Attendance needed to complete (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Activity code</source>
        <translation></translation>
    </message>
    <message>
        <source>Network</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Course</source>
        <translation></translation>
    </message>
    <message>
        <source>Person</source>
        <translation></translation>
    </message>
    <message>
        <source>Session</source>
        <translation></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>Minutes attended</source>
        <translation></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes on accessibility</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>Owning region</source>
        <translation></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation></translation>
    </message>
    <message>
        <source>No</source>
        <translation></translation>
    </message>
    <message>
        <source>This conflict is no longer in the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>This conflict has already been decided.</source>
        <translation></translation>
    </message>
    <message>
        <source>The record this conflict is about is not in this database.</source>
        <translation></translation>
    </message>
    <message>
        <source>The record has been deleted since, so the other value cannot be written to it. Keep the value, or restore the record first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The other value breaks a rule of the record as it is now (for example a session that would end before it starts). Change the record instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>The other value is damaged and cannot be used.</source>
        <translation></translation>
    </message>
    <message>
        <source>What</source>
        <translation></translation>
    </message>
    <message>
        <source>Record</source>
        <translation></translation>
    </message>
    <message>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept made</source>
        <translation></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation></translation>
    </message>
    <message>
        <source>Other from</source>
        <translation></translation>
    </message>
    <message>
        <source>Other made</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConflictReviewPanel</name>
    <message>
        <source>Conflicts to review</source>
        <translation></translation>
    </message>
    <message>
        <source>When two installations changed the same field before they exchanged bundles, every installation keeps the later change, and the other value is listed here. Decide which value is right; a decision to use the other value goes to the other installations with the next bundle.</source>
        <translation></translation>
    </message>
    <message>
        <source>No conflicts to review</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflict review status</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept everywhere</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation></translation>
    </message>
    <message>
        <source>The other value</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>The record was deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Keep it deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep the record deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>Edited later</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Restore with the later edit</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore the record with the later edit</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation></translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The record is not in this database.</source>
        <translation></translation>
    </message>
    <message>
        <source>The record has been restored since.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 deleted this record; %2 changed it later without knowing. The record stays deleted unless you restore it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The record has been deleted since.</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed since: the record now holds %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep the value of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Use the other value of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Decision taken back: %1 is open again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept the value of %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 now holds the other value; the next bundles carry it to the other installations.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <source>Edit count</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a count by hand</source>
        <translation></translation>
    </message>
    <message>
        <source>Body</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation></translation>
    </message>
    <message>
        <source>Such as: The programme&apos;s steering group</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Counted on (date)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Counted on:</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CourseForm</name>
    <message>
        <source>Course details</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity (places)</source>
        <translation></translation>
    </message>
    <message>
        <source>Budget in SEK</source>
        <translation></translation>
    </message>
    <message>
        <source>Completion threshold in per cent</source>
        <translation></translation>
    </message>
    <message>
        <source>Network of the meeting</source>
        <translation></translation>
    </message>
    <message>
        <source>Transnational activity</source>
        <translation></translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation></translation>
    </message>
    <message>
        <source>Description</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Ta&amp;rget group</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Budget (SEK)</source>
        <translation></translation>
    </message>
    <message>
        <source>Completion t&amp;hreshold (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation></translation>
    </message>
    <message>
        <source>Transnational acti&amp;vity</source>
        <translation></translation>
    </message>
    <message>
        <source>Competence &amp;areas</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Leaders</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation></translation>
    </message>
    <message>
        <source>No network</source>
        <translation></translation>
    </message>
    <message>
        <source>A network no longer recorded</source>
        <translation></translation>
    </message>
    <message>
        <source>None</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation></translation>
    </message>
    <message>
        <source>Courses, venues and calendar</source>
        <translation></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation></translation>
    </message>
    <message>
        <source>Competence area filter</source>
        <translation></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation></translation>
    </message>
    <message>
        <source>Sessions from (date filter)</source>
        <translation></translation>
    </message>
    <message>
        <source>Sessions until (date filter)</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation></translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Sessions from</source>
        <translation></translation>
    </message>
    <message>
        <source>until</source>
        <translation></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Search title, area, leader, target group</source>
        <translation></translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New course</source>
        <translation></translation>
    </message>
    <message>
        <source>New course</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete c&amp;ourse</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the selected course</source>
        <translation></translation>
    </message>
    <message>
        <source>The selected course</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>Warnings for the course</source>
        <translation></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation></translation>
    </message>
    <message>
        <source>Search name, municipality, address</source>
        <translation></translation>
    </message>
    <message>
        <source>Search venues</source>
        <translation></translation>
    </message>
    <message>
        <source>New &amp;venue</source>
        <translation></translation>
    </message>
    <message>
        <source>New venue</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete venu&amp;e</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the selected venue</source>
        <translation></translation>
    </message>
    <message>
        <source>Region of the venues</source>
        <translation></translation>
    </message>
    <message>
        <source>Region of the calendar</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>No warnings for this course.</source>
        <translation></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a region in the filter first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete course “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change course “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Add session</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n session(s)</source>
        <translation>
            <numerusform>Remove %n session</numerusform>
            <numerusform>Remove %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat session weekly × %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Change session</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the venue&apos;s region first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete venue “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change venue “%1”</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DrillProgressBar</name>
    <message>
        <source>Press Enter to see the persons or courses behind the number</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DrillTableView</name>
    <message>
        <source>Move to a number with the arrow keys and press Enter to see what is behind it</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DuplicateReviewPanel</name>
    <message>
        <source>Duplicate persons</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons who may be registered twice, most alike first: the same personnummer, or the same name with the same birth year or organisation. Choose a pair, compare the two, choose who stays and merge the other into them.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation></translation>
    </message>
    <message>
        <source>Look for duplicate persons again</source>
        <translation></translation>
    </message>
    <message>
        <source>Duplicate review status</source>
        <translation></translation>
    </message>
    <message>
        <source>Possible duplicate persons</source>
        <translation></translation>
    </message>
    <message>
        <source>Person 1</source>
        <translation></translation>
    </message>
    <message>
        <source>Person 2</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation></translation>
    </message>
    <message>
        <source>Merge the other person into the one to keep</source>
        <translation></translation>
    </message>
    <message>
        <source>What the merge does</source>
        <translation></translation>
    </message>
    <message>
        <source>Looking for duplicate persons…</source>
        <translation></translation>
    </message>
    <message>
        <source>No likely duplicates: no two persons share a personnummer, or a name with a birth year or an organisation.</source>
        <translation></translation>
    </message>
    <message>
        <source>The %1 most alike pairs are shown; merge some and refresh for more.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate pair(s), most alike first.</source>
        <translation>
            <numerusform>%n possible duplicate pair.</numerusform>
            <numerusform>%n possible duplicate pairs, most alike first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a pair in the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: stays</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: is merged into %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 stays; %2 is merged into them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Merge duplicate persons</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation></translation>
    </message>
    <message>
        <source>Working out what the merge would move…</source>
        <translation></translation>
    </message>
    <message>
        <source>Not merged.</source>
        <translation></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Same personnummer</source>
        <translation></translation>
    </message>
    <message>
        <source>Same name and birth year</source>
        <translation></translation>
    </message>
    <message>
        <source>Same name and organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>national</source>
        <translation></translation>
    </message>
    <message>
        <source>Alike</source>
        <translation></translation>
    </message>
    <message>
        <source>Why</source>
        <translation></translation>
    </message>
    <message>
        <source>Person 1</source>
        <translation></translation>
    </message>
    <message>
        <source>Person 2</source>
        <translation></translation>
    </message>
    <message>
        <source>Born</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>gender</source>
        <translation></translation>
    </message>
    <message>
        <source>birth year</source>
        <translation></translation>
    </message>
    <message>
        <source>personnummer</source>
        <translation></translation>
    </message>
    <message>
        <source>declined to give a personnummer</source>
        <translation></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>phone</source>
        <translation></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>role</source>
        <translation></translation>
    </message>
    <message>
        <source>consent date</source>
        <translation></translation>
    </message>
    <message>
        <source>education</source>
        <translation></translation>
    </message>
    <message>
        <source>declined to state education</source>
        <translation></translation>
    </message>
    <message>
        <source>employment</source>
        <translation></translation>
    </message>
    <message>
        <source>declined to state employment</source>
        <translation></translation>
    </message>
    <message>
        <source>disability</source>
        <translation></translation>
    </message>
    <message>
        <source>declined to answer about disability</source>
        <translation></translation>
    </message>
    <message>
        <source>accessibility needs</source>
        <translation></translation>
    </message>
    <message>
        <source>accessibility note</source>
        <translation></translation>
    </message>
    <message>
        <source>declined to state accessibility needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Duplicate persons are reviewed at the central office or at a regional office, not on a workshop leader&apos;s installation.</source>
        <translation></translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person to keep no longer exists; refresh the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person to merge no longer exists; refresh the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has already been merged into another person; refresh the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was merged into %2 earlier; merging back would go round in a circle.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 and %2 have different personnummer: they are two persons.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 belongs to region %2; this installation merges persons of %3 only.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation></translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation></translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep this person</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep %1 (%2) and merge the other into them</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the database</source>
        <translation></translation>
    </message>
    <message>
        <source>SOUL Desktop first copies the database as it is, then writes an encrypted copy next to it, checks that copy row by row and only then puts it in the place of the original. If anything goes wrong on the way, the original stays as it was. The unencrypted copy is deleted at the end. Other programs using this database must be closed first.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EncryptionSection</name>
    <message>
        <source>Encryption</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Encrypt this database…</source>
        <translation></translation>
    </message>
    <message>
        <source>Encrypt this database</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Forget the remembered passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>Forget the remembered passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>This is a PostgreSQL database: the database server&apos;s own access control protects it, and SOUL Desktop does not encrypt it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database file is encrypted (SQLCipher, AES-256). It opens only with its passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database file is not encrypted: anyone who gets hold of the file, or of this computer, can read everything in it.</source>
        <translation></translation>
    </message>
    <message>
        <source>This computer remembers the passphrase (in its keyring).</source>
        <translation></translation>
    </message>
    <message>
        <source>The passphrase is asked for at every start.</source>
        <translation></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database is now encrypted.</source>
        <translation></translation>
    </message>
    <message>
        <source>These older backups next to it are not encrypted; delete them, or keep them somewhere safe:</source>
        <translation></translation>
    </message>
    <message>
        <source>The passphrase could not be remembered: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>This computer no longer remembers the passphrase; it is asked for at the next start.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrol persons</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation></translation>
    </message>
    <message>
        <source>Find persons to enrol</source>
        <translation></translation>
    </message>
    <message>
        <source>Name, organisation, municipality or e-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading persons…</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons to enrol</source>
        <translation></translation>
    </message>
    <message>
        <source>Type to narrow the list, Down to go into it, Shift+arrows or Ctrl+click to choose several, Enter to enrol them.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Enrol chosen</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrol the chosen persons</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose at least one person to enrol.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <source>Enrolments</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrol persons</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdraw the chosen enrolment</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Accept offer</source>
        <translation></translation>
    </message>
    <message>
        <source>Accept the offered place</source>
        <translation></translation>
    </message>
    <message>
        <source>De&amp;cline offer</source>
        <translation></translation>
    </message>
    <message>
        <source>Decline the offered place</source>
        <translation></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation></translation>
    </message>
    <message>
        <source>Status history of the chosen enrolment</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a course to see who is enrolled.</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading enrolments…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 enrolled</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 offered a place</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation></translation>
    </message>
    <message>
        <source>No limit on places</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning: %1 more than the places.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrol one person</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrol %1 persons</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Accept the place for %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Decline the place for %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolled: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 enrolled.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course is full: %1 put on the waitlist (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolment undone.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has withdrawn.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is back as before.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has taken the place.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has the offer open again.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 declined the place.</source>
        <translation></translation>
    </message>
    <message>
        <source>Offered the free place: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Back on the waitlist: %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EraseConfirmation</name>
    <message>
        <source>Erase personal data</source>
        <translation></translation>
    </message>
    <message>
        <source>Erase the personal data of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Erase the personal data of %1?</source>
        <translation></translation>
    </message>
    <message>
        <source>Erased: the name (shown as “Raderad person” from now on), personnummer, e-mail, phone, birth year, organisation, municipality, employment, education, disability, accessibility needs and consent date; notes on the person&apos;s attendance and enrolments; the name on network boards. Also in duplicates merged into this person.</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept: gender, role in the organisation and region, and the enrolments and attendance themselves (statuses and hours), so that the programme&apos;s figures stay the same.</source>
        <translation></translation>
    </message>
    <message>
        <source>The erasure goes to the other installations with the next bundle, and no older bundle can bring the data back. It cannot be undone. If the person asked for a register extract, export it first.</source>
        <translation></translation>
    </message>
    <message>
        <source>What the erasure does</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the erasure log):</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason for the erasure</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. the person&apos;s request of 28 November</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Erase personal data</source>
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
        <source>The database is encrypted with a passphrase you choose; it is asked for when SOUL Desktop starts, unless this computer remembers it.</source>
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
        <source>If central (or your coordinator, for a workshop leader&apos;s laptop) gave you an enrolment file, choose it: it sets the role, region and name, and other installations accept this one&apos;s bundles only when it is enrolled.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation></translation>
    </message>
    <message>
        <source>none: answer below instead</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose an enrolment file</source>
        <translation></translation>
    </message>
    <message>
        <source>No file</source>
        <translation></translation>
    </message>
    <message>
        <source>Set up without an enrolment file</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolment &amp;file:</source>
        <translation></translation>
    </message>
    <message>
        <source>One-time code of the enrolment file</source>
        <translation></translation>
    </message>
    <message>
        <source>for example ABCDE-FGHJK-LMNPQ-RSTUV</source>
        <translation></translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol *.json);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2%3, enrolled by %4. Central&apos;s key fingerprint: %5; compare it with the one central gives you.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation></translation>
    </message>
    <message>
        <source>The installation is set up and its database encrypted, but the passphrase could not be remembered: %1 It will be asked for at the next start.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FourR</name>
    <message>
        <source>%1 kr</source>
        <translation></translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation></translation>
    </message>
    <message>
        <source>Partner&apos;s board</source>
        <translation></translation>
    </message>
    <message>
        <source>Network board</source>
        <translation></translation>
    </message>
    <message>
        <source>Other body</source>
        <translation></translation>
    </message>
    <message>
        <source>Money</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Space</source>
        <translation></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation></translation>
    </message>
    <message>
        <source>Done</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Hidden: fewer than 5 persons, who could be recognised.</source>
        <translation></translation>
    </message>
    <message>
        <source>Hidden: with the other figures it would give away a count under 5.</source>
        <translation></translation>
    </message>
    <message>
        <source>Every period</source>
        <translation></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue: still open after the date it was due.</source>
        <translation></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Course</source>
        <translation></translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation></translation>
    </message>
    <message>
        <source>all dates</source>
        <translation></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation></translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation></translation>
    </message>
    <message>
        <source>Course leaders</source>
        <translation></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Attended hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons who attended</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours per person</source>
        <translation></translation>
    </message>
    <message>
        <source>Budget by participant hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Course leaders&apos; hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>Body</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Description</source>
        <translation></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Version</source>
        <translation></translation>
    </message>
    <message>
        <source>Written</source>
        <translation></translation>
    </message>
    <message>
        <source>Author</source>
        <translation></translation>
    </message>
    <message>
        <source>Why (beginning)</source>
        <translation></translation>
    </message>
    <message>
        <source>What</source>
        <translation></translation>
    </message>
    <message>
        <source>Who</source>
        <translation></translation>
    </message>
    <message>
        <source>By when</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation></translation>
    </message>
    <message>
        <source>Project period (%1 – %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, first half (January–June)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, second half (July–December)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FourRPage</name>
    <message>
        <source>4R gender equality analysis</source>
        <translation></translation>
    </message>
    <message>
        <source>What the figures are for</source>
        <translation></translation>
    </message>
    <message>
        <source>The four steps of 4R</source>
        <translation></translation>
    </message>
    <message>
        <source>R1 Representation</source>
        <translation></translation>
    </message>
    <message>
        <source>R2 Resources</source>
        <translation></translation>
    </message>
    <message>
        <source>R3 Realia</source>
        <translation></translation>
    </message>
    <message>
        <source>R4 Realisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Period</source>
        <translation></translation>
    </message>
    <message>
        <source>Period from (date)</source>
        <translation></translation>
    </message>
    <message>
        <source>Period until (date)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Hide counts under 5</source>
        <translation></translation>
    </message>
    <message>
        <source>Hide counts under 5</source>
        <translation></translation>
    </message>
    <message>
        <source>Shows “&lt; 5” for groups of one to four persons, before sharing figures.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation></translation>
    </message>
    <message>
        <source>Update the figures</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation></translation>
    </message>
    <message>
        <source>Un&amp;til</source>
        <translation></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Representation by gender</source>
        <translation></translation>
    </message>
    <message>
        <source>Regional network boards</source>
        <translation></translation>
    </message>
    <message>
        <source>Regional network boards by gender</source>
        <translation></translation>
    </message>
    <message>
        <source>No network board is recorded for this unit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Counted by hand (bodies outside the register)</source>
        <translation></translation>
    </message>
    <message>
        <source>Counts made by hand</source>
        <translation></translation>
    </message>
    <message>
        <source>Resources by gender</source>
        <translation></translation>
    </message>
    <message>
        <source>Attended hours by competence area</source>
        <translation></translation>
    </message>
    <message>
        <source>Resources recorded by hand (money, time, space)</source>
        <translation></translation>
    </message>
    <message>
        <source>Resources recorded by hand</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Why do representation and the distribution of resources look like this?</source>
        <translation></translation>
    </message>
    <message>
        <source>Look at R1 and R2: where are women, men, other and not stated many or few, and what explains it?</source>
        <translation></translation>
    </message>
    <message>
        <source>On wh&amp;ose terms is the activity shaped?</source>
        <translation></translation>
    </message>
    <message>
        <source>Who decides the content, the times and the places? Whose needs and experience are the starting point?</source>
        <translation></translation>
    </message>
    <message>
        <source>Which no&amp;rms are at work?</source>
        <translation></translation>
    </message>
    <message>
        <source>Which ideas of what is normal, expected or suitable shape the activity?</source>
        <translation></translation>
    </message>
    <message>
        <source>Author of the analysis</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the analysis as a new version</source>
        <translation></translation>
    </message>
    <message>
        <source>Written &amp;by:</source>
        <translation></translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved versions of the analysis</source>
        <translation></translation>
    </message>
    <message>
        <source>The chosen version (read only)</source>
        <translation></translation>
    </message>
    <message>
        <source>Start from this &amp;version</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy the chosen version into the questions</source>
        <translation></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a count</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit the selected count</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the selected count</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a resource</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit the selected resource</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the selected resource</source>
        <translation></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the selected action</source>
        <translation></translation>
    </message>
    <message>
        <source>Status of the selected action</source>
        <translation></translation>
    </message>
    <message>
        <source>Statu&amp;s:</source>
        <translation></translation>
    </message>
    <message>
        <source>The selected action (read only)</source>
        <translation></translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation></translation>
    </message>
    <message>
        <source>The whole programme</source>
        <translation></translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a course</source>
        <translation></translation>
    </message>
    <message>
        <source>Type part of the title</source>
        <translation></translation>
    </message>
    <message>
        <source>the whole programme</source>
        <translation></translation>
    </message>
    <message>
        <source>region %1</source>
        <translation></translation>
    </message>
    <message>
        <source>competence area %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the course “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a course from the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a date as YYYY-MM-DD, such as 2010-03-01.</source>
        <translation></translation>
    </message>
    <message>
        <source>Counting the figures for %1, %2…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Figures for %1, %2: %n course(s), counted at %3.</source>
        <translation>
            <numerusform>Figures for %1, %2: %n course, counted at %3.</numerusform>
            <numerusform>Figures for %1, %2: %n courses, counted at %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget of courses nobody attended (cannot be divided by gender): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours of sessions with no course leader recorded: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue: still open after the date due.</source>
        <translation>
            <numerusform>%n action overdue: still open after the date due.</numerusform>
            <numerusform>%n actions overdue: still open after the date due.</numerusform>
        </translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation></translation>
    </message>
    <message>
        <source>The analysis of %1, %2. Each save keeps a new version; earlier versions stay as they were.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add count “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change count “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete count “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Add resource “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change resource “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete resource “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>No version has been saved yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1, written %2 by %3</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>Why do representation and the distribution of resources look like this?</source>
        <translation></translation>
    </message>
    <message>
        <source>On whose terms is the activity shaped?</source>
        <translation></translation>
    </message>
    <message>
        <source>Which norms are at work?</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the analysis</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose an action in the list to read it whole.</source>
        <translation></translation>
    </message>
    <message>
        <source>no date</source>
        <translation></translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>By when: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Applies to: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Set the status of “%1” to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation></translation>
    </message>
    <message>
        <source>Change action</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GenderBars</name>
    <message>
        <source>Distribution by gender</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation></translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation></translation>
    </message>
    <message>
        <source>Tab moves between links, Enter follows one, Alt+Left goes back</source>
        <translation></translation>
    </message>
    <message>
        <source>Guide buttons</source>
        <translation></translation>
    </message>
    <message>
        <source>Close the user guide</source>
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
        <source>Person</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Course</source>
        <translation></translation>
    </message>
    <message>
        <source>Session</source>
        <translation></translation>
    </message>
    <message>
        <source>Course area</source>
        <translation></translation>
    </message>
    <message>
        <source>Course leader</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolment history</source>
        <translation></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation></translation>
    </message>
    <message>
        <source>Regional network</source>
        <translation></translation>
    </message>
    <message>
        <source>Network member</source>
        <translation></translation>
    </message>
    <message>
        <source>Network board member</source>
        <translation></translation>
    </message>
    <message>
        <source>4R representation</source>
        <translation></translation>
    </message>
    <message>
        <source>4R resources</source>
        <translation></translation>
    </message>
    <message>
        <source>4R analysis</source>
        <translation></translation>
    </message>
    <message>
        <source>4R action</source>
        <translation></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation></translation>
    </message>
    <message>
        <source>Target</source>
        <translation></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation></translation>
    </message>
    <message>
        <source>Transnational activity</source>
        <translation></translation>
    </message>
    <message>
        <source>Project profile</source>
        <translation></translation>
    </message>
    <message>
        <source>Programme region</source>
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
        <source>Participants</source>
        <translation></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation></translation>
    </message>
    <message>
        <source>4R</source>
        <translation></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync</source>
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
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About SOUL Desktop</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The change was not saved</source>
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
    <name>MergeWording</name>
    <message>
        <source>Merge %1 into %2?</source>
        <translation></translation>
    </message>
    <message>
        <source>What moves to %1:</source>
        <translation></translation>
    </message>
    <message>
        <source>• nothing: %1 has no enrolments, attendance or details to add</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>• %n enrolment(s)</source>
        <translation>
            <numerusform>• %n enrolment</numerusform>
            <numerusform>• %n enrolments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them on a course where %1 is already enrolled: the one further along is kept)</source>
        <translation>
            <numerusform>(%n of them on a course where %1 is already enrolled: the one further along is kept)</numerusform>
            <numerusform>(%n of them on courses where %1 is already enrolled: the one further along is kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them for a session where %1 is already marked: the better mark is kept)</source>
        <translation>
            <numerusform>(%n of them for a session where %1 is already marked: the better mark is kept)</numerusform>
            <numerusform>(%n of them for sessions where %1 is already marked: the better mark is kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n freed place(s) offered to the first on the waitlist</source>
        <translation>
            <numerusform>• %n freed place offered to the first on the waitlist</numerusform>
            <numerusform>• %n freed places offered to the first on the waitlists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n attendance mark(s)</source>
        <translation>
            <numerusform>• %n attendance mark</numerusform>
            <numerusform>• %n attendance marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n course leadership(s), session(s) led or board seat(s)</source>
        <translation>
            <numerusform>• %n course leadership, session led or board seat</numerusform>
            <numerusform>• %n course leaderships, sessions led or board seats</numerusform>
        </translation>
    </message>
    <message>
        <source>• empty fields filled in: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is then removed and points to %2; bundles made before the merge land on %2 when they are imported. A merge cannot be undone.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestone of goal %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation></translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation></translation>
    </message>
    <message>
        <source>What shows the milestone&apos;s state: a document, a decision, a date</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Evidence note:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>women</source>
        <translation></translation>
    </message>
    <message>
        <source>men</source>
        <translation></translation>
    </message>
    <message>
        <source>other</source>
        <translation></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Formed</source>
        <translation></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Members</source>
        <translation></translation>
    </message>
    <message>
        <source>Board seats</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation></translation>
    </message>
    <message>
        <source>Role on the board</source>
        <translation></translation>
    </message>
    <message>
        <source>Registered person</source>
        <translation></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation></translation>
    </message>
    <message>
        <source>First date</source>
        <translation></translation>
    </message>
    <message>
        <source>no session yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Regional networks</source>
        <translation></translation>
    </message>
    <message>
        <source>Each region records its network of social-economy organisations: when it was formed, its member organisations, its board (counted by gender in 4R) and the meetings it has held.</source>
        <translation></translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Search networks</source>
        <translation></translation>
    </message>
    <message>
        <source>Search region, name</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation></translation>
    </message>
    <message>
        <source>Ne&amp;w network</source>
        <translation></translation>
    </message>
    <message>
        <source>New network</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete network</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the selected network</source>
        <translation></translation>
    </message>
    <message>
        <source>No regional network recorded yet. When the region&apos;s network of organisations has been formed, record it here: its name, the date it was formed, its member organisations and its board. The “regions with a network” target counts it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The selected network</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>Members</source>
        <translation></translation>
    </message>
    <message>
        <source>Board</source>
        <translation></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation></translation>
    </message>
    <message>
        <source>Network details</source>
        <translation></translation>
    </message>
    <message>
        <source>Region of the network</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the network</source>
        <translation></translation>
    </message>
    <message>
        <source>Date the network was formed</source>
        <translation></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty: not formed yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes on the network</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Fo&amp;rmed on</source>
        <translation></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation></translation>
    </message>
    <message>
        <source>Member organisations</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation to add</source>
        <translation></translation>
    </message>
    <message>
        <source>Type to find an organisation of the region</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation></translation>
    </message>
    <message>
        <source>Board seats</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the board member</source>
        <translation></translation>
    </message>
    <message>
        <source>Gender of the board member</source>
        <translation></translation>
    </message>
    <message>
        <source>Role on the board</source>
        <translation></translation>
    </message>
    <message>
        <source>chair, treasurer, member …</source>
        <translation></translation>
    </message>
    <message>
        <source>Registered person of the seat</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional: type to find a person of the region</source>
        <translation></translation>
    </message>
    <message>
        <source>The selected board member</source>
        <translation></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation></translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation></translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation></translation>
    </message>
    <message>
        <source>Registered &amp;person</source>
        <translation></translation>
    </message>
    <message>
        <source>Add &amp;board member</source>
        <translation></translation>
    </message>
    <message>
        <source>Add board member</source>
        <translation></translation>
    </message>
    <message>
        <source>Remo&amp;ve board member</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove the selected board member</source>
        <translation></translation>
    </message>
    <message>
        <source>A network meeting is planned like a course, of the kind “Network meeting”, on the Courses page: its sessions, who was invited and who came are recorded there. “New network meeting” adds one for this network; press Enter on a meeting to open it on the Courses page.</source>
        <translation></translation>
    </message>
    <message>
        <source>Network meetings</source>
        <translation></translation>
    </message>
    <message>
        <source>New network &amp;meeting</source>
        <translation></translation>
    </message>
    <message>
        <source>New network meeting</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation></translation>
    </message>
    <message>
        <source>The region already has a network; a region records one.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Board by gender: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Board (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the network&apos;s region in the filter first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete network “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change network “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Type or choose the organisation to add.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add member to “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the member to remove in the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove member “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Add board member to “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>New board member</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove board member “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change board member “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a person of the region from the list, or leave it empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>Network meeting: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NumberButton</name>
    <message>
        <source>Opens the list of persons or courses behind it</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — click to see who or what is behind it</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a date as YYYY-MM-DD, such as 2010-03-01.</source>
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
        <source>The figures could not be counted: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PartialMinutesDialog</name>
    <message>
        <source>Partly present</source>
        <translation></translation>
    </message>
    <message>
        <source>How long was %1 there on %2?</source>
        <translation></translation>
    </message>
    <message>
        <source> min</source>
        <translation></translation>
    </message>
    <message>
        <source>Minutes attended</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Minutes attended:</source>
        <translation></translation>
    </message>
    <message>
        <source>Between 1 and %1 minutes; the session is %2 minutes long.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation></translation>
    </message>
    <message>
        <source>Participant register</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation></translation>
    </message>
    <message>
        <source>O&amp;rganisations</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation></translation>
    </message>
    <message>
        <source>Name, organisation, municipality or e-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 persons</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation></translation>
    </message>
    <message>
        <source>New person</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation></translation>
    </message>
    <message>
        <source>No person chosen</source>
        <translation></translation>
    </message>
    <message>
        <source>About the person</source>
        <translation></translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation></translation>
    </message>
    <message>
        <source>The person&apos;s courses</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Courses and hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation></translation>
    </message>
    <message>
        <source>Name, org number or municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation></translation>
    </message>
    <message>
        <source>New or&amp;ganisation…</source>
        <translation></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>D&amp;elete organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation></translation>
    </message>
    <message>
        <source>The register could not be loaded: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Counting courses and hours…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 hours attended in all, on %2 course(s).</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Courses and hours (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Add person %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete person %1</source>
        <translation></translation>
    </message>
    <message>
        <source>One person in the register belongs to this organisation.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 persons in the register belong to this organisation.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add organisation %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete organisation %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Type a passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The passphrase cannot hold tabs or line breaks.</source>
        <translation></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation></translation>
    </message>
    <message>
        <source>That passphrase does not open this database. Try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database is open in another program (another SOUL Desktop window?). Close it and try again. Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not store the passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even SOUL&apos;s staff: without it, the data in this database is lost for good. Write it down and keep it somewhere safe.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring; SOUL Desktop then opens without asking. Anyone who can log in as you can then open the data.</source>
        <translation></translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the passphrase in.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;how the characters</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the characters of the passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>Rep&amp;eat it:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Woman</source>
        <translation></translation>
    </message>
    <message>
        <source>Man</source>
        <translation></translation>
    </message>
    <message>
        <source>Other</source>
        <translation></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation></translation>
    </message>
    <message>
        <source>Board member</source>
        <translation></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation></translation>
    </message>
    <message>
        <source>Course leader</source>
        <translation></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation></translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation></translation>
    </message>
    <message>
        <source>Not in the labour force</source>
        <translation></translation>
    </message>
    <message>
        <source>Compulsory school or less (ISCED 0–2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Upper secondary (ISCED 3–4)</source>
        <translation></translation>
    </message>
    <message>
        <source>Post-secondary (ISCED 5–8)</source>
        <translation></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation></translation>
    </message>
    <message>
        <source>No</source>
        <translation></translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation></translation>
    </message>
    <message>
        <source>Parking nearby</source>
        <translation></translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation></translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation></translation>
    </message>
    <message>
        <source>Allergy-safe room</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign-language interpreter</source>
        <translation></translation>
    </message>
    <message>
        <source>Audio description</source>
        <translation></translation>
    </message>
    <message>
        <source>Special diet</source>
        <translation></translation>
    </message>
    <message>
        <source>Alternative formats</source>
        <translation></translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation></translation>
    </message>
    <message>
        <source>Social economy</source>
        <translation></translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation></translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation></translation>
    </message>
    <message>
        <source>Employers&apos; organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation></translation>
    </message>
    <message>
        <source>Offered a place</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation></translation>
    </message>
    <message>
        <source>Open</source>
        <translation></translation>
    </message>
    <message>
        <source>Running</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation></translation>
    </message>
    <message>
        <source>First name</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>Born</source>
        <translation></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Org number</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting, number %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Course</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation></translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation></translation>
    </message>
    <message>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>A place became free</source>
        <translation></translation>
    </message>
    <message>
        <source>Offer declined</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PeopleForms</name>
    <message>
        <source>Problem with %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Type to find a municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>Type to find an organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>the form</source>
        <translation></translation>
    </message>
    <message>
        <source>Person details</source>
        <translation></translation>
    </message>
    <message>
        <source>Person</source>
        <translation></translation>
    </message>
    <message>
        <source>First name</source>
        <translation></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation></translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation></translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined to give</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined to give a personnummer</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Personnummer</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact and organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>name@example.se</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>Role in the organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Reporting (ESF)</source>
        <translation></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined to state employment</source>
        <translation></translation>
    </message>
    <message>
        <source>Education</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined to state education</source>
        <translation></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined to answer about disability</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation></translation>
    </message>
    <message>
        <source>Em&amp;ployment</source>
        <translation></translation>
    </message>
    <message>
        <source>E&amp;ducation</source>
        <translation></translation>
    </message>
    <message>
        <source>Disabilit&amp;y</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Consent given</source>
        <translation></translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined to state needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined to state accessibility needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Other needs or note</source>
        <translation></translation>
    </message>
    <message>
        <source>Other needs, &amp;note</source>
        <translation></translation>
    </message>
    <message>
        <source>first name</source>
        <translation></translation>
    </message>
    <message>
        <source>last name</source>
        <translation></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Change organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Change “declined” mark</source>
        <translation></translation>
    </message>
    <message>
        <source>Change accessibility needs</source>
        <translation></translation>
    </message>
    <message>
        <source>gender</source>
        <translation></translation>
    </message>
    <message>
        <source>birth year</source>
        <translation></translation>
    </message>
    <message>
        <source>personnummer</source>
        <translation></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>phone</source>
        <translation></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>role</source>
        <translation></translation>
    </message>
    <message>
        <source>employment</source>
        <translation></translation>
    </message>
    <message>
        <source>education</source>
        <translation></translation>
    </message>
    <message>
        <source>disability</source>
        <translation></translation>
    </message>
    <message>
        <source>consent date</source>
        <translation></translation>
    </message>
    <message>
        <source>accessibility note</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation details</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Org number</source>
        <translation></translation>
    </message>
    <message>
        <source>NNNNNN-NNNN</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation></translation>
    </message>
    <message>
        <source>Municipality of the organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Org n&amp;umber</source>
        <translation></translation>
    </message>
    <message>
        <source>Le&amp;gal form</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Change org number</source>
        <translation></translation>
    </message>
    <message>
        <source>Change municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>Change legal form</source>
        <translation></translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation></translation>
    </message>
    <message>
        <source>New person</source>
        <translation></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PersonRightsBar</name>
    <message>
        <source>E&amp;xport register extract…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export register extract</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything this installation holds about the person, as PDF or JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>Erase personal d&amp;ata…</source>
        <translation></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation></translation>
    </message>
    <message>
        <source>Register extract or erasure</source>
        <translation></translation>
    </message>
    <message>
        <source>This person&apos;s data has already been erased</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;JSON data (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Writing the register extract…</source>
        <translation></translation>
    </message>
    <message>
        <source>Register extract saved to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation></translation>
    </message>
    <message>
        <source>The personal data was erased. It reaches the other installations with the next bundle.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Course</source>
        <translation></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation></translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation></translation>
    </message>
    <message>
        <source>Study trip</source>
        <translation></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation></translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation></translation>
    </message>
    <message>
        <source>Open for enrolment</source>
        <translation></translation>
    </message>
    <message>
        <source>Running</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Step-free shared entrance</source>
        <translation></translation>
    </message>
    <message>
        <source>Drop-off and disabled parking within 25 m</source>
        <translation></translation>
    </message>
    <message>
        <source>Automatic doors</source>
        <translation></translation>
    </message>
    <message>
        <source>Hearing loop with signage</source>
        <translation></translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation></translation>
    </message>
    <message>
        <source>Reachable group rooms</source>
        <translation></translation>
    </message>
    <message>
        <source>Good light and acoustics</source>
        <translation></translation>
    </message>
    <message>
        <source>Allergy-safe</source>
        <translation></translation>
    </message>
    <message>
        <source>step-free access</source>
        <translation></translation>
    </message>
    <message>
        <source>parking close by</source>
        <translation></translation>
    </message>
    <message>
        <source>a hearing loop</source>
        <translation></translation>
    </message>
    <message>
        <source>an accessible toilet</source>
        <translation></translation>
    </message>
    <message>
        <source>an allergy-safe room</source>
        <translation></translation>
    </message>
    <message>
        <source>a sign-language interpreter</source>
        <translation></translation>
    </message>
    <message>
        <source>audio description</source>
        <translation></translation>
    </message>
    <message>
        <source>a special diet</source>
        <translation></translation>
    </message>
    <message>
        <source>alternative formats</source>
        <translation></translation>
    </message>
    <message>
        <source>breaks</source>
        <translation></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a title.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a whole number, such as 12.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a percentage from 0 to 100.</source>
        <translation></translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>A session lasts at most 24 hours; plan one per day.</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat from 1 to %1 weeks.</source>
        <translation></translation>
    </message>
    <message>
        <source>It is no longer there; it may have been removed.</source>
        <translation></translation>
    </message>
    <message>
        <source>It already exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a region first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Internal error: one new id per week is needed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown competence area.</source>
        <translation></translation>
    </message>
    <message>
        <source>The chosen leader is no longer in the register.</source>
        <translation></translation>
    </message>
    <message>
        <source>The chosen venue is no longer in the register.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a municipality from the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown value.</source>
        <translation></translation>
    </message>
    <message>
        <source>Attendance has been recorded for this session; it cannot be removed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Attendance has been recorded for this course; set its status to Cancelled instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>One session is planned at this venue; move it first.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 sessions are planned at this venue; move them first.</source>
        <translation></translation>
    </message>
    <message>
        <source>another session of this course</source>
        <translation></translation>
    </message>
    <message>
        <source>Venue booked twice: %1 on %2 is also booked for %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Leader booked twice: %1 on %2 also leads %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>The session on %1 is outside the project period (%2 – %3).</source>
        <translation></translation>
    </message>
    <message>
        <source>Over capacity: %1 enrolled, room for %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>One enrolled person needs %1, which %2 does not have.</source>
        <translation></translation>
    </message>
    <message>
        <source>%3 enrolled persons need %1, which %2 does not have.</source>
        <translation></translation>
    </message>
    <message>
        <source>One enrolled person needs %1; %2 has not checked this.</source>
        <translation></translation>
    </message>
    <message>
        <source>%3 enrolled persons need %1; %2 has not checked this.</source>
        <translation></translation>
    </message>
    <message>
        <source>venue booked twice</source>
        <translation></translation>
    </message>
    <message>
        <source>leader booked twice</source>
        <translation></translation>
    </message>
    <message>
        <source>outside period</source>
        <translation></translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>need not met</source>
        <translation></translation>
    </message>
    <message>
        <source>need not checked</source>
        <translation></translation>
    </message>
    <message>
        <source>(+%1 waiting)</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>First session</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolled / capacity (waiting)</source>
        <translation></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 yes, %2 no, %3 not checked</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Preview of the report&apos;s first page</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a report and press Preview to see its first page.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Error</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <source>Export list…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the list as shown as CSV or XLSX</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV, semicolons (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export list</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 rows saved to %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Something went wrong.</source>
        <translation></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>The first name can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The last name can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The name can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The birth year must be a whole number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the birth year with four digits, like 1975.</source>
        <translation></translation>
    </message>
    <message>
        <source>The birth year %1 is in the future.</source>
        <translation></translation>
    </message>
    <message>
        <source>The birth year %1 is not plausible; it must be %2 or later.</source>
        <translation></translation>
    </message>
    <message>
        <source>The e-mail address can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The e-mail address should look like name@example.se.</source>
        <translation></translation>
    </message>
    <message>
        <source>The phone number can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>A phone number holds only digits, spaces, + - ( ) and /.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, like 2026-03-15.</source>
        <translation></translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation></translation>
    </message>
    <message>
        <source>The consent date is not a date.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a known accessibility need.</source>
        <translation></translation>
    </message>
    <message>
        <source>The note can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person declined to give a personnummer, but one is recorded; clear the number or the “declined” mark.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person declined to state their education, but an education level is recorded; clear the answer or the “declined” mark.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person declined to state their employment, but an employment status is recorded; clear the answer or the “declined” mark.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person declined to answer about disability, but an answer is recorded; clear the answer or the “declined” mark.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person declined to state accessibility needs, but needs are recorded; clear them or the “declined” mark.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person declined to answer, but an answer is recorded; clear the answer or the “declined” mark.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation></translation>
    </message>
    <message>
        <source>The answer must be yes or no.</source>
        <translation></translation>
    </message>
    <message>
        <source>Internal error: unknown field %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>This person is already registered.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person is no longer in the register; they may have been deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>This person&apos;s data has been erased; it cannot be filled in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is on one course; withdraw them before deleting.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is on %2 courses; withdraw them before deleting.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has attendance recorded and cannot be deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>The organisation&apos;s name can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>This organisation is already registered.</source>
        <translation></translation>
    </message>
    <message>
        <source>The organisation is no longer in the register; it may have been deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>One person belongs to %1; move them to another organisation before deleting it.</source>
        <translation></translation>
    </message>
    <message>
        <source>%2 persons belong to %1; move them to another organisation before deleting it.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no organisation called “%1”; add it under Organisations first.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a Swedish municipality code.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no municipality called “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not one of SCB&apos;s legal forms.</source>
        <translation></translation>
    </message>
    <message>
        <source>The personnummer is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the personnummer as YYYYMMDD-NNNN or YYMMDD-NNNN.</source>
        <translation></translation>
    </message>
    <message>
        <source>A personnummer has 10 or 12 digits (YYYYMMDD-NNNN or YYMMDD-NNNN); this one has %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The personnummer&apos;s date of birth %1 does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>The personnummer&apos;s date of birth %1 is in the future.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is a coordination number (samordningsnummer: the day is over 60); only personnummer are accepted.</source>
        <translation></translation>
    </message>
    <message>
        <source>The personnummer&apos;s check digit (the last digit) does not match the others; a digit is probably mistyped.</source>
        <translation></translation>
    </message>
    <message>
        <source>The birth year %1 does not match the personnummer (born %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>This personnummer already belongs to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The org number is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the org number as NNNNNN-NNNN.</source>
        <translation></translation>
    </message>
    <message>
        <source>An org number has 10 digits (NNNNNN-NNNN); this one has %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The org number&apos;s check digit (the last digit) does not match the others; a digit is probably mistyped.</source>
        <translation></translation>
    </message>
    <message>
        <source>This org number already belongs to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course is no longer there; it may have been deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>The chosen network is no longer there; it may have been deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>The chosen network belongs to region %1, not to the course&apos;s %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no transnational activity %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a network meeting belongs to a network; choose no network first.</source>
        <translation></translation>
    </message>
    <message>
        <source>A network meeting is not part of a transnational activity; choose no activity first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose at least one person to enrol.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course “%1” is cancelled; nobody can be enrolled on it.</source>
        <translation></translation>
    </message>
    <message>
        <source>One of the chosen persons is no longer in the register (deleted or merged).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of the chosen persons are no longer in the register (deleted or merged).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already enrolled on this course.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has already been offered a place on this course.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already on this course&apos;s waitlist.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already on this course.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has already withdrawn.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has not been offered a place (status: %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The enrolment is no longer there.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is nothing to take back.</source>
        <translation></translation>
    </message>
    <message>
        <source>The enrolment of %1 has changed since (now: %2); it cannot be taken back.</source>
        <translation></translation>
    </message>
    <message>
        <source>The session is no longer there; it may have been removed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Partly present needs the number of minutes the person was there.</source>
        <translation></translation>
    </message>
    <message>
        <source>Partly present means more than 0 and less than %1 minutes; mark the person present or absent instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Minutes are given only for partly present, not for %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person is not enrolled on this course; add them as a walk-in.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person is already on this course&apos;s list.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person did not come to this course as a walk-in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Internal error: a new person needs an id made beforehand.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the installation a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the region this installation works in.</source>
        <translation></translation>
    </message>
    <message>
        <source>A central installation has no region.</source>
        <translation></translation>
    </message>
    <message>
        <source>The enrolment file is for an installation of another role or region than this one.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown region code “%1”; use one of %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is not a valid enrolment file, or it was altered; ask for a new one.</source>
        <translation></translation>
    </message>
    <message>
        <source>The enrolment file cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The enrolment file was made by a newer SOUL Desktop; update this one to use it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The one-time code does not open this enrolment file. Check the code you were given with it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the one-time code that came with the enrolment file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is not signed, so nobody vouches for it; nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file&apos;s signature is not valid: it was changed after it was made, or forged; nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file comes from an installation central has not enrolled; nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file comes from an installation central has revoked; nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file names another sender than the installation that signed it; nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>The sender signs with other keys than the ones known here: its enrolment file was used twice. Ask central to revoke it; nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle carries keys for an installation that its enrolment does not prove; nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle carries a revocation central did not sign; nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>This installation is not enrolled: set it up from an enrolment file from central.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle&apos;s rows are not encrypted; personal data is accepted encrypted only.</source>
        <translation></translation>
    </message>
    <message>
        <source>This installation is not enrolled, so nobody would accept its bundles: set it up from an enrolment file from central.</source>
        <translation></translation>
    </message>
    <message>
        <source>Central addresses every bundle: choose the recipient installation.</source>
        <translation></translation>
    </message>
    <message>
        <source>That installation has been revoked; nothing is sent to it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The keys of that installation are not known here yet: import a bundle from it, or from central, first.</source>
        <translation></translation>
    </message>
    <message>
        <source>A bundle is for another installation, not for this one.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the workshop leader&apos;s laptop the course pack is for.</source>
        <translation></translation>
    </message>
    <message>
        <source>A course pack is for a workshop leader&apos;s laptop.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the transnational activity.</source>
        <translation></translation>
    </message>
    <message>
        <source>Targets, milestones and collaborating regions are changed at the central office only; its bundles bring the changes here.</source>
        <translation></translation>
    </message>
    <message>
        <source>The share per region must be larger than 0 (or none).</source>
        <translation></translation>
    </message>
    <message>
        <source>The target must be larger than 0.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the target as a whole number.</source>
        <translation></translation>
    </message>
    <message>
        <source>The target can be at most %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The share per region (%1) cannot be larger than the target (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The evidence note can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The milestone is no longer there.</source>
        <translation></translation>
    </message>
    <message>
        <source>The target is no longer there.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not one of the programme&apos;s regions.</source>
        <translation></translation>
    </message>
    <message>
        <source>The network needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The network&apos;s name can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the formed date as YYYY-MM-DD, like 2010-03-01.</source>
        <translation></translation>
    </message>
    <message>
        <source>The formed date %1 is too early; it must be %2 or later.</source>
        <translation></translation>
    </message>
    <message>
        <source>The formed date %1 is in the future; record it once the network is formed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the network&apos;s region.</source>
        <translation></translation>
    </message>
    <message>
        <source>This installation keeps region %1; the network of %2 is kept there.</source>
        <translation></translation>
    </message>
    <message>
        <source>The network is already recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>The network is no longer there; it may have been deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Region %1 already has a network, “%2”; a region has one network.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not an organisation of region %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already a member of the network.</source>
        <translation></translation>
    </message>
    <message>
        <source>The organisation is no longer a member of the network.</source>
        <translation></translation>
    </message>
    <message>
        <source>The board member needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The board member&apos;s name can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The board role can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The chosen person is no longer in the register.</source>
        <translation></translation>
    </message>
    <message>
        <source>The board seat is no longer there; it may have been removed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The board seat is already recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>A network meeting belongs to this network; delete it, or set it to no network, before deleting the network.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 network meetings belong to this network; delete them, or set them to no network, before deleting the network.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no such person in the register.</source>
        <translation></translation>
    </message>
    <message>
        <source>This person&apos;s data was already erased on %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say why the data is erased; the reason is kept in the erasure log.</source>
        <translation></translation>
    </message>
    <message>
        <source>The reason may be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .json (not “%1”).</source>
        <translation></translation>
    </message>
    <message>
        <source>This database has no installation yet; set it up first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name the body that was counted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Describe the resource.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say what the amounts are counted in, such as kr, hours or m².</source>
        <translation></translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say who is responsible.</source>
        <translation></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>The body&apos;s name can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The description can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The unit can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The action can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>Who is responsible can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The follow-up note can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The finding can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The author&apos;s name can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>An answer can be at most %1 characters long.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the date of the count.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the date it was recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>The date of the count cannot be in the future.</source>
        <translation></translation>
    </message>
    <message>
        <source>The date recorded cannot be in the future.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give a date between %1 and %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a date as YYYY-MM-DD.</source>
        <translation></translation>
    </message>
    <message>
        <source>This report is saved as %1, not as .%2: change the file&apos;s ending.</source>
        <translation></translation>
    </message>
    <message>
        <source>This report is saved as %1: give the file one of those endings.</source>
        <translation></translation>
    </message>
    <message>
        <source>The period is not one: write it as 2010-01..2010-06 or as two dates, the first not after the last.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the session (or all sessions of the course).</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the course.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the month.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose what the 4R report is about: the programme, a region, a course or a competence area.</source>
        <translation></translation>
    </message>
    <message>
        <source>What the report is about is no longer here (removed, or outside this region): choose again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the answer as text.</source>
        <translation></translation>
    </message>
    <message>
        <source>A number cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>Count persons in whole numbers.</source>
        <translation></translation>
    </message>
    <message>
        <source>A count can be at most %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Count at least one person (woman, man, other or not stated).</source>
        <translation></translation>
    </message>
    <message>
        <source>Write each amount as a number, such as 1500 or 12,50.</source>
        <translation></translation>
    </message>
    <message>
        <source>An amount can be at most %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>An amount can have at most two decimals.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give an amount for at least one gender (woman, man, other or not stated).</source>
        <translation></translation>
    </message>
    <message>
        <source>Answer at least one of the three questions before saving.</source>
        <translation></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose what the analysis is about.</source>
        <translation></translation>
    </message>
    <message>
        <source>The chosen region, course or competence area is no longer there.</source>
        <translation></translation>
    </message>
    <message>
        <source>This installation keeps the 4R entries of region %1 only.</source>
        <translation></translation>
    </message>
    <message>
        <source>The entry is no longer there; it may have been deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>The entry already exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>A 4R entry has no field “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown gender.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>&amp;Search</source>
        <translation></translation>
    </message>
    <message>
        <source>search</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Sign-in sheet</source>
        <translation></translation>
    </message>
    <message>
        <source>Monthly attendance report</source>
        <translation></translation>
    </message>
    <message>
        <source>Course certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Participant statistics</source>
        <translation></translation>
    </message>
    <message>
        <source>4R analysis</source>
        <translation></translation>
    </message>
    <message>
        <source>Target follow-up</source>
        <translation></translation>
    </message>
    <message>
        <source>The enrolled persons by surname with a signature column and blank rows for walk-ins: for one session, or every session of the course in one file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Every session a participant attended in the month, with the month&apos;s whole hours and lines to sign: for one participant, or all of them in one file.</source>
        <translation></translation>
    </message>
    <message>
        <source>A participant&apos;s certificate for a course: areas, dates, hours, completion.</source>
        <translation></translation>
    </message>
    <message>
        <source>Participants by gender, age band and education, with totals; a person counts once.</source>
        <translation></translation>
    </message>
    <message>
        <source>R1 and R2 with charts by gender, the R3 analysis and the R4 actions.</source>
        <translation></translation>
    </message>
    <message>
        <source>Each target against its value per region, and the milestones.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation></translation>
    </message>
    <message>
        <source>Report</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation></translation>
    </message>
    <message>
        <source>Course</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a course</source>
        <translation></translation>
    </message>
    <message>
        <source>Type part of the title</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation></translation>
    </message>
    <message>
        <source>Session</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation></translation>
    </message>
    <message>
        <source>Person</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the first letters of a name</source>
        <translation></translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation></translation>
    </message>
    <message>
        <source>Month</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation></translation>
    </message>
    <message>
        <source>4R &amp;unit:</source>
        <translation></translation>
    </message>
    <message>
        <source>Period</source>
        <translation></translation>
    </message>
    <message>
        <source>Period from (date)</source>
        <translation></translation>
    </message>
    <message>
        <source>Period until (date)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Hide counts under 5</source>
        <translation></translation>
    </message>
    <message>
        <source>Hide counts under 5</source>
        <translation></translation>
    </message>
    <message>
        <source>Shows “&lt; 5” for groups of one to four persons, before sharing figures.</source>
        <translation></translation>
    </message>
    <message>
        <source>File format</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation></translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation></translation>
    </message>
    <message>
        <source>Preview the first page</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the report to a file</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation></translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation></translation>
    </message>
    <message>
        <source>All courses</source>
        <translation></translation>
    </message>
    <message>
        <source>All sessions of the course</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody found by that name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a name from the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Every participant of the month</source>
        <translation></translation>
    </message>
    <message>
        <source>Press Preview to see this report&apos;s first page.</source>
        <translation></translation>
    </message>
    <message>
        <source>The whole programme</source>
        <translation></translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation></translation>
    </message>
    <message>
        <source>First page of %1 (%2 pages)</source>
        <translation></translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV, semicolons (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved to %1 (%2).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Edit resource</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a resource by hand</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind of resource</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation></translation>
    </message>
    <message>
        <source>Description</source>
        <translation></translation>
    </message>
    <message>
        <source>Such as: Fees paid to lecturers</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit of the amounts</source>
        <translation></translation>
    </message>
    <message>
        <source>kr</source>
        <translation></translation>
    </message>
    <message>
        <source>hours</source>
        <translation></translation>
    </message>
    <message>
        <source>m²</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation></translation>
    </message>
    <message>
        <source>Recorded on (date)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Recorded on:</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SessionCalendar</name>
    <message>
        <source>Calendar of sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation></translation>
    </message>
    <message>
        <source>Previous week or month</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation></translation>
    </message>
    <message>
        <source>Next week or month</source>
        <translation></translation>
    </message>
    <message>
        <source>Week</source>
        <translation></translation>
    </message>
    <message>
        <source>Month</source>
        <translation></translation>
    </message>
    <message>
        <source>Show a week or a month</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation></translation>
    </message>
    <message>
        <source>Days</source>
        <translation></translation>
    </message>
    <message>
        <source>Sessions of the chosen day</source>
        <translation></translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation></translation>
    </message>
    <message>
        <source>Add session</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove the selected sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>Number of weekly repeats</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat &amp;weekly ×</source>
        <translation></translation>
    </message>
    <message>
        <source>Add re&amp;peats</source>
        <translation></translation>
    </message>
    <message>
        <source>Add weekly repeats of the selected session</source>
        <translation></translation>
    </message>
    <message>
        <source>Sessions of the course</source>
        <translation></translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation></translation>
    </message>
    <message>
        <source>Warnings for the sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation></translation>
    </message>
    <message>
        <source>Venue of the session</source>
        <translation></translation>
    </message>
    <message>
        <source>Leader of the session</source>
        <translation></translation>
    </message>
    <message>
        <source>Note on the session</source>
        <translation></translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation></translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation></translation>
    </message>
    <message>
        <source>Start&amp;s</source>
        <translation></translation>
    </message>
    <message>
        <source>E&amp;nds</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation></translation>
    </message>
    <message>
        <source>Lea&amp;der</source>
        <translation></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation></translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation></translation>
    </message>
    <message>
        <source>(no leader)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n &amp;warning(s)</source>
        <translation>
            <numerusform>%n &amp;warning</numerusform>
            <numerusform>%n &amp;warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>No &amp;warnings</source>
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
<context>
    <name>Sync</name>
    <message>
        <source>The file cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is not a SOUL bundle.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle is incomplete: the file ends too early.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle is damaged: its contents do not match its checksum.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle is damaged: a part does not match its checksum.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle is damaged: a part has the wrong number of rows.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle is damaged: a row cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle&apos;s description is damaged.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle was made by a newer SOUL Desktop; update this installation to read it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle is larger than SOUL Desktop accepts.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle holds a table this installation does not know.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle refers to rows that are neither in it nor in this database.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle refers to rows that are neither in it nor in this database, or repeats a row.</source>
        <translation></translation>
    </message>
    <message>
        <source>A row in the bundle breaks the rules of its table.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle holds the same row twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle holds rows its sender may not write (another region&apos;s, or rows a workshop leader does not write); nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle is addressed to another installation.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle&apos;s sender does not match what this installation knows about it (its role or region differs).</source>
        <translation></translation>
    </message>
    <message>
        <source>This installation is not set up yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle&apos;s encrypted rows were changed after it was made; nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle is encrypted for another key than this installation&apos;s.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle&apos;s rows are encrypted for another installation.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle holds a personnummer in clear; it never travels between installations, so nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is not a valid receipt.</source>
        <translation></translation>
    </message>
    <message>
        <source>The receipt cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>This receipt is for another installation.</source>
        <translation></translation>
    </message>
    <message>
        <source>The receipt was made by a newer SOUL Desktop; update this installation to read it.</source>
        <translation></translation>
    </message>
    <message>
        <source>This bundle has not been imported here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation></translation>
    </message>
    <message>
        <source>Not imported (cancelled)</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle holds no rows.</source>
        <translation></translation>
    </message>
    <message>
        <source>File</source>
        <translation></translation>
    </message>
    <message>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <source>Made</source>
        <translation></translation>
    </message>
    <message>
        <source>Table</source>
        <translation></translation>
    </message>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>From installation</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync sections</source>
        <translation></translation>
    </message>
    <message>
        <source>Import</source>
        <translation></translation>
    </message>
    <message>
        <source>History</source>
        <translation></translation>
    </message>
    <message>
        <source>Export</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose bundle files (or drop them here). Each is checked first without changing anything; then Apply imports them one after another. A bundle is imported whole or not at all.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose bundle files to check</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation></translation>
    </message>
    <message>
        <source>Import the checked bundles</source>
        <translation></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation></translation>
    </message>
    <message>
        <source>Stop before the next bundle</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Write receipts to folder…</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a receipt for each imported bundle</source>
        <translation></translation>
    </message>
    <message>
        <source>Folder for receipts</source>
        <translation></translation>
    </message>
    <message>
        <source>Bundles checked</source>
        <translation></translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation></translation>
    </message>
    <message>
        <source>%v of %m bundles</source>
        <translation></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation></translation>
    </message>
    <message>
        <source>Every import and refused bundle on this installation, newest first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation></translation>
    </message>
    <message>
        <source>A bundle carries this installation&apos;s records to another installation. Choose what goes in, then where to save it.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Everything (a full bundle)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Only changes the recipient has not confirmed yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Export only unconfirmed changes</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Recipient installation:</source>
        <translation></translation>
    </message>
    <message>
        <source>Recipient installation</source>
        <translation></translation>
    </message>
    <message>
        <source>The installation that enrolled this one</source>
        <translation></translation>
    </message>
    <message>
        <source>the installation that enrolled this one</source>
        <translation></translation>
    </message>
    <message>
        <source>What goes in: every record of every synced table, whoever made it, for %1. Use it for a first exchange or to rebuild that installation. Only %1 can open the bundle.</source>
        <translation></translation>
    </message>
    <message>
        <source>What goes in: the changes %1 has not confirmed with a receipt or sent here itself. Records it has confirmed are left out, and only %1 can open the bundle.</source>
        <translation></translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export a bundle to a file</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply &amp;receipt…</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply a receipt from a recipient</source>
        <translation></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose bundles</source>
        <translation></translation>
    </message>
    <message>
        <source>SOUL bundles (*.soulbundle);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation></translation>
    </message>
    <message>
        <source>SOUL bundles (*.soulbundle)</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a receipt</source>
        <translation></translation>
    </message>
    <message>
        <source>Receipts (*.receipt.json *.json);;All files (*)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n bundle(s)…</source>
        <translation>
            <numerusform>Checking %n bundle…</numerusform>
            <numerusform>Checking %n bundles…</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: %1. Refused: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopping after the current bundle…</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported: %1. Not imported (cancelled): %2. Refused: %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Receipts written to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported %1 rows from %2 tables to %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Receipt applied: installation %1 has confirmed these changes; later exports to it leave them out.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TargetDetailsDialog</name>
    <message>
        <source>&amp;Find:</source>
        <translation></translation>
    </message>
    <message>
        <source>Type part of a name, organisation or region</source>
        <translation></translation>
    </message>
    <message>
        <source>Find in the list</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing lies behind this number yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>The first %1 of %2 are shown, by surname.</source>
        <translation></translation>
    </message>
    <message>
        <source>One course.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 courses.</source>
        <translation></translation>
    </message>
    <message>
        <source>One person.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 persons.</source>
        <translation></translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The list is copied; paste it into a spreadsheet or a mail.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Collaborating</source>
        <translation></translation>
    </message>
    <message>
        <source>Other</source>
        <translation></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation></translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation></translation>
    </message>
    <message>
        <source>– of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Not counted by this version</source>
        <translation></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation></translation>
    </message>
    <message>
        <source>Not reached: %1 to go</source>
        <translation></translation>
    </message>
    <message>
        <source>persons completed</source>
        <translation></translation>
    </message>
    <message>
        <source>persons attended</source>
        <translation></translation>
    </message>
    <message>
        <source>regions with a network formed</source>
        <translation></translation>
    </message>
    <message>
        <source>regions covering every national competence area</source>
        <translation></translation>
    </message>
    <message>
        <source>Counts the other regions; this region is a collaborating one</source>
        <translation></translation>
    </message>
    <message>
        <source>Counts the collaborating regions; this region is one of the others</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons who completed all or part</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons who attended</source>
        <translation></translation>
    </message>
    <message>
        <source>Training courses in national competence areas</source>
        <translation></translation>
    </message>
    <message>
        <source>Meetings of the regional network</source>
        <translation></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation></translation>
    </message>
    <message>
        <source>(the collaborating regions)</source>
        <translation></translation>
    </message>
    <message>
        <source>(the other regions)</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons who completed all or part of the programme</source>
        <translation></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons who attended at least one session</source>
        <translation></translation>
    </message>
    <message>
        <source>Network formed</source>
        <translation></translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2 region</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: no regional network formed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: regional network formed on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Every national competence area is covered.</source>
        <translation></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 competence areas covered</source>
        <translation></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No</source>
        <translation></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation></translation>
    </message>
    <message>
        <source>Quota per region</source>
        <translation></translation>
    </message>
    <message>
        <source>Held</source>
        <translation></translation>
    </message>
    <message>
        <source>Per region (of quota)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: quota %2 persons per region</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: held %2 times</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 participants in all</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 participants per region: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 courses</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>First session</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Edit targets</source>
        <translation></translation>
    </message>
    <message>
        <source>The targets and the collaborating regions are national: central&apos;s bundles bring the changes to every region.</source>
        <translation></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation></translation>
    </message>
    <message>
        <source>Target</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Per region (about)</source>
        <translation></translation>
    </message>
    <message>
        <source>Target value: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons per region (about): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Collaborating regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Ticked regions are the collaborating ones (the completed-persons target); the others count towards the target for the other regions.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 collaborates</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TargetsSection</name>
    <message>
        <source>Targets</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit &amp;targets…</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit targets</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the targets&apos; values and which regions collaborate</source>
        <translation></translation>
    </message>
    <message>
        <source>This office counts its own region only (%1). The central office counts the whole programme, with duplicate persons merged.</source>
        <translation></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Regions&apos; standing</source>
        <translation></translation>
    </message>
    <message>
        <source>Milestones of goals 2 and 3</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit &amp;milestone…</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation></translation>
    </message>
    <message>
        <source>The central office sets the milestones&apos; status.</source>
        <translation></translation>
    </message>
    <message>
        <source>Transnational activities</source>
        <translation></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation></translation>
    </message>
    <message>
        <source>The targets could not be counted: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Counted at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no regional network recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Change milestone %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the targets</source>
        <translation></translation>
    </message>
    <message>
        <source>The change was not made: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation></translation>
    </message>
    <message>
        <source>This database is encrypted</source>
        <translation></translation>
    </message>
    <message>
        <source>Type its passphrase to open it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;how the characters</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the characters of the passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation></translation>
    </message>
    <message>
        <source>The passphrase could not be remembered: %1 It will be asked for again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VenueForm</name>
    <message>
        <source>Venue details</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the venue</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity of the venue</source>
        <translation></translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>Accessibility register</source>
        <translation></translation>
    </message>
    <message>
        <source>Space cycles: no → not checked → yes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Accessibility n&amp;otes</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a municipality from the list.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation></translation>
    </message>
    <message>
        <source>Session</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a person by name</source>
        <translation></translation>
    </message>
    <message>
        <source>First or last name</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation></translation>
    </message>
    <message>
        <source>Matching persons</source>
        <translation></translation>
    </message>
    <message>
        <source>Type a name to search the register.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not in the register? Register a new person</source>
        <translation></translation>
    </message>
    <message>
        <source>First name</source>
        <translation></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation></translation>
    </message>
    <message>
        <source>Man</source>
        <translation></translation>
    </message>
    <message>
        <source>Other</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional: type to find</source>
        <translation></translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation></translation>
    </message>
    <message>
        <source>Mark &amp;selected present</source>
        <translation></translation>
    </message>
    <message>
        <source>Mark the selected person present</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Register and mark present</source>
        <translation></translation>
    </message>
    <message>
        <source>Register the new person and mark present</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation></translation>
    </message>
    <message>
        <source>already on the list</source>
        <translation></translation>
    </message>
    <message>
        <source>The first %1 are shown; type more of the name to narrow them. Enter marks the highlighted person present.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 found. Enter marks the highlighted person present.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody of that name in the register. Enter registers a new person.</source>
        <translation></translation>
    </message>
    <message>
        <source>Type a name, then choose a person from the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose an organisation from the list, or leave the field empty.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <source>Applies from (date)</source>
        <translation></translation>
    </message>
    <message>
        <source>Applies until (date)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Applies from – until:</source>
        <translation></translation>
    </message>
    <message>
        <source>Leave both empty for an entry that applies to every period.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a date as YYYY-MM-DD, such as 2010-03-01.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <source>Working… this can take a while on a large database.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
</TS>
