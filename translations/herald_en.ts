<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Herald::BackgroundController</name>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 in %n day</numerusform>
            <numerusform>%1 in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Python(s) to update</source>
        <translation>
            <numerusform>%n Python to update</numerusform>
            <numerusform>%n Pythons to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your Pythons to update</source>
        <translation>
            <numerusform>%n of your Pythons to update</numerusform>
            <numerusform>%n of your Pythons to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) overdue</source>
        <translation>
            <numerusform>%1, %n day overdue</numerusform>
            <numerusform>%1, %n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::CheckCommand</name>
    <message numerus="yes">
        <source>%n interpreter(s) judged on %1: </source>
        <translation>
            <numerusform>%n interpreter judged on %1: </numerusform>
            <numerusform>%n interpreters judged on %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next: %1 expected %2 (in %n day(s))</source>
        <translation>
            <numerusform>next: %1 expected %2 (in %n day)</numerusform>
            <numerusform>next: %1 expected %2 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n issue(s))</source>
        <translation>
            <numerusform>(+%n issue)</numerusform>
            <numerusform>(+%n issues)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not judged (another implementation, an unknown series, or unusable)</source>
        <translation>
            <numerusform>%n not judged (another implementation, an unknown series, or unusable)</numerusform>
            <numerusform>%n not judged (other implementations, unknown series, or unusable)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next: %1 expected %2 (%n day(s) overdue)</source>
        <translation>
            <numerusform>next: %1 expected %2 (%n day overdue)</numerusform>
            <numerusform>next: %1 expected %2 (%n days overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::DependenciesCommand</name>
    <message numerus="yes">
        <source>%n dependency(ies) in %1 would be followed, in the folder %2</source>
        <translation>
            <numerusform>%n dependency in %1 would be followed, in the folder %2</numerusform>
            <numerusform>%n dependencies in %1 would be followed, in the folder %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) from %1 followed, in the folder %2</source>
        <translation>
            <numerusform>%n dependency from %1 followed, in the folder %2</numerusform>
            <numerusform>%n dependencies from %1 followed, in the folder %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n followed already</source>
        <translation>
            <numerusform>; %n followed already</numerusform>
            <numerusform>; %n followed already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) of %1 judged on %2: </source>
        <translation>
            <numerusform>%n dependency of %1 judged on %2: </numerusform>
            <numerusform>%n dependencies of %1 judged on %2: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not judged</source>
        <translation>
            <numerusform>%n not judged</numerusform>
            <numerusform>%n not judged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::DependencyImportDialog</name>
    <message numerus="yes">
        <source>%n dependency(ies) of %1 will be followed on PyPI, in the folder “%2”</source>
        <translation>
            <numerusform>%n dependency of %1 will be followed on PyPI, in the folder “%2”</numerusform>
            <numerusform>%n dependencies of %1 will be followed on PyPI, in the folder “%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n followed already</source>
        <translation>
            <numerusform>; %n followed already</numerusform>
            <numerusform>; %n followed already</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::FeedSourceSync</name>
    <message numerus="yes">
        <source>%1: %2 (kept the %n item(s) read before it)</source>
        <translation>
            <numerusform>%1: %2 (kept the %n item read before it)</numerusform>
            <numerusform>%1: %2 (kept the %n items read before it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::FollowDialog</name>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <translation>
            <numerusform>%1, %n item</numerusform>
            <numerusform>%1, %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterAdvisor</name>
    <message numerus="yes">
        <source>%1 (%n security fix(es))</source>
        <translation>
            <numerusform>%1 (%n security fix)</numerusform>
            <numerusform>%1 (%n security fixes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n release(s) behind)</source>
        <translation>
            <numerusform>%1 (%n release behind)</numerusform>
            <numerusform>%1 (%n releases behind)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterModel</name>
    <message numerus="yes">
        <source>Next: %1, expected %2 (%n day(s) overdue)</source>
        <translation>
            <numerusform>Next: %1, expected %2 (%n day overdue)</numerusform>
            <numerusform>Next: %1, expected %2 (%n days overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterProbe</name>
    <message numerus="yes">
        <source>did not answer within %n millisecond(s)</source>
        <translation>
            <numerusform>did not answer within %n millisecond</numerusform>
            <numerusform>did not answer within %n milliseconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::MainWindow</name>
    <message numerus="yes">
        <source>Synced at %1: %n new post(s)</source>
        <translation>
            <numerusform>Synced at %1: %n new post</numerusform>
            <numerusform>Synced at %1: %n new posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), hover for details</source>
        <translation>
            <numerusform>%n problem, hover for details</numerusform>
            <numerusform>%n problems, hover for details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n unread post(s) as read?</source>
        <translation>
            <numerusform>Mark the %n unread post as read?</numerusform>
            <numerusform>Mark all %n unread posts as read?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n post(s) as read</source>
        <translation>
            <numerusform>Marked %n post as read</numerusform>
            <numerusform>Marked %n posts as read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::MarkOlderDialog</name>
    <message numerus="yes">
        <source>%n unread post(s) will be marked as read.</source>
        <translation>
            <numerusform>%n unread post will be marked as read.</numerusform>
            <numerusform>%n unread posts will be marked as read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::Notifier</name>
    <message numerus="yes">
        <source>The last %n sync(s) failed.</source>
        <translation>
            <numerusform>The last sync failed.</numerusform>
            <numerusform>The last %n syncs failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::PostHtmlRenderer</name>
    <message numerus="yes">
        <source>(%n more character(s) not shown)</source>
        <translation>
            <numerusform>(%n more character not shown)</numerusform>
            <numerusform>(%n more characters not shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more column(s) of this table not shown.</source>
        <translation>
            <numerusform>%n more column of this table not shown.</numerusform>
            <numerusform>%n more columns of this table not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) of this list not shown.</source>
        <translation>
            <numerusform>%n more item of this list not shown.</numerusform>
            <numerusform>%n more items of this list not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::ProjectTimelineModel</name>
    <message numerus="yes">
        <source>%n release(s), latest %1 on %2</source>
        <translation>
            <numerusform>%n release, latest %1 on %2</numerusform>
            <numerusform>%n releases, latest %1 on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Series %1: %n release(s), latest %2 on %3</source>
        <translation>
            <numerusform>Series %1: %n release, latest %2 on %3</numerusform>
            <numerusform>Series %1: %n releases, latest %2 on %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::ReleaseNotice</name>
    <message numerus="yes">
        <source>%n new Python release(s)</source>
        <translation>
            <numerusform>%n new Python release</numerusform>
            <numerusform>%n new Python releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n new post</numerusform>
            <numerusform>%n new posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) imported</source>
        <translation>
            <numerusform>%n post imported</numerusform>
            <numerusform>%n posts imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new release(s)</source>
        <translation>
            <numerusform>%n new release</numerusform>
            <numerusform>%n new releases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::ReleasesCommand</name>
    <message numerus="yes">
        <source>announced %1, %n day(s) off the official date</source>
        <translation>
            <numerusform>announced %1, %n day off the official date</numerusform>
            <numerusform>announced %1, %n days off the official date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n release</numerusform>
            <numerusform>%n releases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::SettingsDialog</name>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::SourceListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::SourcesCommand</name>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <translation>
            <numerusform>%1, %n item</numerusform>
            <numerusform>%1, %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No longer following %1; its %n post(s) are removed.</source>
        <translation>
            <numerusform>No longer following %1; its %n post is removed.</numerusform>
            <numerusform>No longer following %1; its %n posts are removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) added from %1</source>
        <translation>
            <numerusform>%n source added from %1</numerusform>
            <numerusform>%n sources added from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n followed already</source>
        <translation>
            <numerusform>; %n followed already</numerusform>
            <numerusform>; %n followed already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>; %n skipped</numerusform>
            <numerusform>; %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n source(s) to %1</source>
        <translation>
            <numerusform>Wrote %n source to %1</numerusform>
            <numerusform>Wrote %n sources to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::SourcesController</name>
    <message numerus="yes">
        <source>%n dependency(ies) followed</source>
        <translation>
            <numerusform>%n dependency followed</numerusform>
            <numerusform>%n dependencies followed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::SyncCommand</name>
    <message numerus="yes">
        <source>%n request(s), %1 s</source>
        <translation>
            <numerusform>%n request, %1 s</numerusform>
            <numerusform>%n requests, %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::SyncEngine</name>
    <message numerus="yes">
        <source>Python Insider feed: %1 (kept the %n item(s) read before it)</source>
        <translation>
            <numerusform>Python Insider feed: %1 (kept the %n item read before it)</numerusform>
            <numerusform>Python Insider feed: %1 (kept the %n items read before it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync stopped after %1 with %n post(s) still to download; the next sync fetches them</source>
        <translation>
            <numerusform>The sync stopped after %1 with %n post still to download; the next sync fetches it</numerusform>
            <numerusform>The sync stopped after %1 with %n posts still to download; the next sync fetches them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::TimelineItemDelegate</name>
    <message numerus="yes">
        <source>EOL in %n day(s)</source>
        <translation>
            <numerusform>EOL in %n day</numerusform>
            <numerusform>EOL in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>EOL in %n month(s)</source>
        <translation>
            <numerusform>EOL in %n month</numerusform>
            <numerusform>EOL in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>EOL in %n year(s)</source>
        <translation>
            <numerusform>EOL in %n year</numerusform>
            <numerusform>EOL in %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
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
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 in %n day</numerusform>
            <numerusform>%1 in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 due %n day(s) ago</source>
        <translation>
            <numerusform>%1 due %n day ago</numerusform>
            <numerusform>%1 due %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::TimelineModel</name>
    <message numerus="yes">
        <source>announced %1, %n day(s) off</source>
        <translation>
            <numerusform>announced %1, %n day off</numerusform>
            <numerusform>announced %1, %n days off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n day after %1</numerusform>
            <numerusform>%n days after %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) overdue</source>
        <translation>
            <numerusform>%n release overdue</numerusform>
            <numerusform>%n releases overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::TrayIcon</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::YourPythonsCard</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
</context>
</TS>
