#include "FormData.h"

#include <QUrl>

namespace EveSso::Emu {

QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> form;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        const QString k = QUrl::fromPercentEncoding(key);
        if (!form.contains(k))
            form.insert(k, QUrl::fromPercentEncoding(value));
    }
    return form;
}

bool isFormContentType(const QByteArray &contentType)
{
    const qsizetype semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.left(semi)).trimmed().toLower()
        == "application/x-www-form-urlencoded";
}

} // namespace EveSso::Emu
