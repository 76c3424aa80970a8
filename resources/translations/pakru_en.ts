<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>ActorMergeDialog</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Merge a duplicate into &lt;b&gt;{name}&lt;/b&gt; (#{id}, %n item(s)).</source>
            <translation>
                <numerusform>Merge a duplicate into &lt;b&gt;{name}&lt;/b&gt; (#{id}, %n item).</numerusform>
                <numerusform>Merge a duplicate into &lt;b&gt;{name}&lt;/b&gt; (#{id}, %n items).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n are dropped, as {keep} already has those roles in the same item</source>
            <translation>
                <numerusform>%n is dropped, as {keep} already has that role in the same item</numerusform>
                <numerusform>%n are dropped, as {keep} already has those roles in the same item</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n participation(s) move to {keep}; {dropped};</source>
            <translation>
                <numerusform>• %n participation moves to {keep}; {dropped};</numerusform>
                <numerusform>• %n participations move to {keep}; {dropped};</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n participation(s) move to {keep};</source>
            <translation>
                <numerusform>• %n participation moves to {keep};</numerusform>
                <numerusform>• %n participations move to {keep};</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActorsPage</name>
        <message numerus="yes">
            <source>{name} takes part in %n item(s). Merge it into another actor (Merge…) or remove it from those items first.</source>
            <translation>
                <numerusform>{name} takes part in %n item. Merge it into another actor (Merge…) or remove it from those items first.</numerusform>
                <numerusform>{name} takes part in %n items. Merge it into another actor (Merge…) or remove it from those items first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateWords</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailCards</name>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n quote</numerusform>
                <numerusform>%n quotes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message numerus="yes">
            <source>%Ln character(s) of text</source>
            <translation>
                <numerusform>%Ln character of text</numerusform>
                <numerusform>%Ln characters of text</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>Only the rows in the &amp;current view (%n event(s))</source>
            <translation>
                <numerusform>Only the rows in the &amp;current view (%n event)</numerusform>
                <numerusform>Only the rows in the &amp;current view (%n events)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the rows in the &amp;current view (%n agreement(s))</source>
            <translation>
                <numerusform>Only the rows in the &amp;current view (%n agreement)</numerusform>
                <numerusform>Only the rows in the &amp;current view (%n agreements)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the rows in the &amp;current view (%n project(s))</source>
            <translation>
                <numerusform>Only the rows in the &amp;current view (%n project)</numerusform>
                <numerusform>Only the rows in the &amp;current view (%n projects)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the rows in the &amp;current view (%n commitment(s))</source>
            <translation>
                <numerusform>Only the rows in the &amp;current view (%n commitment)</numerusform>
                <numerusform>Only the rows in the &amp;current view (%n commitments)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Writing {file} ({number} of {total}): %Ln row(s)</source>
            <translation>
                <numerusform>Writing {file} ({number} of {total}): %Ln row</numerusform>
                <numerusform>Writing {file} ({number} of {total}): %Ln rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{folder} already holds %n of these CSV file(s). Replace them?</source>
            <translation>
                <numerusform>{folder} already holds %n of these CSV files. Replace it?</numerusform>
                <numerusform>{folder} already holds %n of these CSV files. Replace them?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n file(s) to {folder}</source>
            <translation>
                <numerusform>Exported %n file to {folder}</numerusform>
                <numerusform>Exported %n files to {folder}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>{refused} The first %n are listed. Fix the file and check it again.</source>
            <translation>
                <numerusform>{refused} The first %n is listed. Fix the file and check it again.</numerusform>
                <numerusform>{refused} The first %n are listed. Fix the file and check it again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln actor(s)</source>
            <translation>
                <numerusform>%Ln actor</numerusform>
                <numerusform>%Ln actors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln source</numerusform>
                <numerusform>%Ln sources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) match the filter</source>
            <translation>
                <numerusform>%Ln event matches the filter</numerusform>
                <numerusform>%Ln events match the filter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s) match the filter</source>
            <translation>
                <numerusform>%Ln agreement matches the filter</numerusform>
                <numerusform>%Ln agreements match the filter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln project(s) match the filter</source>
            <translation>
                <numerusform>%Ln project matches the filter</numerusform>
                <numerusform>%Ln projects match the filter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln commitment(s) match the filter</source>
            <translation>
                <numerusform>%Ln commitment matches the filter</numerusform>
                <numerusform>%Ln commitments match the filter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln event</numerusform>
                <numerusform>%Ln events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s)</source>
            <translation>
                <numerusform>%Ln agreement</numerusform>
                <numerusform>%Ln agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln project(s)</source>
            <translation>
                <numerusform>%Ln project</numerusform>
                <numerusform>%Ln projects</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln commitment(s)</source>
            <translation>
                <numerusform>%Ln commitment</numerusform>
                <numerusform>%Ln commitments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>Due within %n day</numerusform>
                <numerusform>Due within %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stale: nothing heard for %n day(s)</source>
            <translation>
                <numerusform>Stale: nothing heard for %n day</numerusform>
                <numerusform>Stale: nothing heard for %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultWords</name>
        <message numerus="yes">
            <source>{file}: %n row(s) can be imported</source>
            <translation>
                <numerusform>{file}: %n row can be imported</numerusform>
                <numerusform>{file}: %n rows can be imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n new actor(s) to be created from participants)</source>
            <translation>
                <numerusform> (%n new actor to be created from participants)</numerusform>
                <numerusform> (%n new actors to be created from participants)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n new actor(s) created from participants)</source>
            <translation>
                <numerusform> (%n new actor created from participants)</numerusform>
                <numerusform> (%n new actors created from participants)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new item(s)</source>
            <translation>
                <numerusform>%n new item</numerusform>
                <numerusform>%n new items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n quote</numerusform>
                <numerusform>%n quotes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n follow-up</numerusform>
                <numerusform>%n follow-ups</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SourceDialog</name>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln character</numerusform>
                <numerusform>%Ln characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineHits</name>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… and %Ln more</numerusform>
                <numerusform>… and %Ln more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more event(s) here:</source>
            <translation>
                <numerusform>%Ln more event here:</numerusform>
                <numerusform>%Ln more events here:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more agreement(s) here:</source>
            <translation>
                <numerusform>%Ln more agreement here:</numerusform>
                <numerusform>%Ln more agreements here:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more project(s) here:</source>
            <translation>
                <numerusform>%Ln more project here:</numerusform>
                <numerusform>%Ln more projects here:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more commitment(s) here:</source>
            <translation>
                <numerusform>%Ln more commitment here:</numerusform>
                <numerusform>%Ln more commitments here:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) from {first} to {last}</source>
            <translation>
                <numerusform>%Ln event from {first} to {last}</numerusform>
                <numerusform>%Ln events from {first} to {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s) from {first} to {last}</source>
            <translation>
                <numerusform>%Ln agreement from {first} to {last}</numerusform>
                <numerusform>%Ln agreements from {first} to {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln project(s) from {first} to {last}</source>
            <translation>
                <numerusform>%Ln project from {first} to {last}</numerusform>
                <numerusform>%Ln projects from {first} to {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln commitment(s) from {first} to {last}</source>
            <translation>
                <numerusform>%Ln commitment from {first} to {last}</numerusform>
                <numerusform>%Ln commitments from {first} to {last}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message numerus="yes">
            <source>%Ln item(s) on the timeline</source>
            <translation>
                <numerusform>%Ln item on the timeline</numerusform>
                <numerusform>%Ln items on the timeline</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelinePainter</name>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln item</numerusform>
                <numerusform>%Ln items</numerusform>
            </translation>
        </message>
    </context>
</TS>
