#pragma once

// Reads Qt Linguist .ts files and checks translations against their sources: every placeholder (%1, %n),
// HTML-like tag and keyboard accelerator kept, the language's number of plural forms, no stale entries.
// Header-only, for the translation tests of the library and the apps.

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

/// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;        ///< The translation's type attribute: empty (finished), "unfinished", "vanished", "obsolete".
    QStringList forms;   ///< The translation, or its plural forms.
};

namespace TsCatalogue {

/// How much of a catalogue must be translated.
enum Requirement {
    Complete,    ///< Every message.
    PluralsOnly, ///< Only messages with plural forms (the English catalogue).
    Consistent,  ///< Any subset; what is translated must still be consistent.
};

/// The messages of a .ts file; `*error` says why, when it cannot be read.
inline QList<TsMessage> read(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("TS") || xml.name() == QLatin1String("context"))
            continue; // descend into them
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.forms.append(xml.readElementText());
                    } else {
                        message.forms.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

/// Plural forms Qt uses for a language (see Qt Linguist's numerus rules).
inline int pluralFormCount(const QString &language)
{
    const QString lang = language.section(QLatin1Char('_'), 0, 0);
    if (lang == QLatin1String("ja") || lang == QLatin1String("zh") || lang == QLatin1String("ko"))
        return 1;
    if (lang == QLatin1String("ru"))
        return 3;
    return 2; // en, de, fr, es
}

/// The sorted list of matches of `pattern` in `text`.
inline QStringList tokens(const QString &text, const QRegularExpression &pattern)
{
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    std::sort(found.begin(), found.end());
    return found;
}

/// What is wrong with the catalogue, one line per problem; empty when all is well.
inline QStringList problems(const QList<TsMessage> &messages, const QString &language, Requirement requirement)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d{1,2}|n)"));
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][^<>]*>"));
    // '&' before a letter or digit marks a shortcut; "&&" is a literal ampersand.
    static const QRegularExpression accelerator(QStringLiteral("(?<!&)&(?=[^&\\s;])"));
    QStringList found;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(" \"") + m.source.left(60) + QStringLiteral("\": ");
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            found.append(where + QStringLiteral("stale entry (run lupdate with -no-obsolete)"));
            continue;
        }
        const bool finished = m.type.isEmpty();
        const bool required = requirement == Complete || (requirement == PluralsOnly && m.numerus);
        if (!finished) {
            if (required)
                found.append(where + QStringLiteral("not translated"));
            continue;
        }
        if (m.numerus && m.forms.size() != pluralFormCount(language))
            found.append(where + QStringLiteral("%1 plural forms, expected %2").arg(m.forms.size()).arg(pluralFormCount(language)));
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                found.append(where + QStringLiteral("empty translation"));
                continue;
            }
            // Placeholders as a set: a translation may repeat one (e.g. "%1 ... %1") but not drop or invent one.
            QStringList want = tokens(m.source, placeholder), have = tokens(form, placeholder);
            want.removeDuplicates();
            have.removeDuplicates();
            if (want != have)
                found.append(where + QStringLiteral("placeholders %1 instead of %2").arg(have.join(QLatin1Char(' ')), want.join(QLatin1Char(' '))));
            if (tokens(m.source, tag) != tokens(form, tag))
                found.append(where + QStringLiteral("markup differs: ") + form.left(80));
            if (tokens(m.source, accelerator).size() != tokens(form, accelerator).size())
                found.append(where + QStringLiteral("keyboard accelerator ('&') added or lost: ") + form.left(80));
        }
    }
    return found;
}

} // namespace TsCatalogue
