<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <location filename="../app/capsuleer/DetailPane.cpp" line="190"/>
        <source>%1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>%1 (%n minute ago)</numerusform>
            <numerusform>%1 (%n minutes ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capsuleer/DetailPane.cpp" line="192"/>
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1 (%n hour ago)</numerusform>
            <numerusform>%1 (%n hours ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capsuleer/DetailPane.cpp" line="193"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../app/capsuleer/MainWindow.cpp" line="321"/>
        <source>Total: %1 across %n character(s)</source>
        <translation>
            <numerusform>Total: %1 across %n character</numerusform>
            <numerusform>Total: %1 across %n characters</numerusform>
        </translation>
    </message>
</context>
</TS>
