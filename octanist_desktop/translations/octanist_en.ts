<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text} · %n need(s) attention</source>
        <translation>
            <numerusform>{text} · %n needs attention</numerusform>
            <numerusform>{text} · %n need attention</numerusform>
        </translation>
    </message>
</context>
</TS>
