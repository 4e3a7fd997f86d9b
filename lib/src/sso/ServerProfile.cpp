#include <EveSso/ServerProfile.h>

#include <QCoreApplication>

namespace EveSso {

ServerProfile ServerProfile::tranquility()
{
    return {QStringLiteral("tranquility"), QCoreApplication::translate("EveSso::ServerProfile", "Tranquility"),
            QUrl(QStringLiteral("https://login.eveonline.com/.well-known/oauth-authorization-server")),
            QUrl(QStringLiteral("https://esi.evetech.net")), QUrl(QStringLiteral("https://images.evetech.net")),
            QStringLiteral("tranquility")};
}

ServerProfile ServerProfile::serenity()
{
    return {QStringLiteral("serenity"), QCoreApplication::translate("EveSso::ServerProfile", "Serenity"),
            QUrl(QStringLiteral("https://login.evepc.163.com/.well-known/oauth-authorization-server")),
            QUrl(QStringLiteral("https://ali-esi.evepc.163.com")),
            QUrl(QStringLiteral("https://image.evepc.163.com")), QStringLiteral("serenity")};
}

ServerProfile ServerProfile::singularity()
{
    return {QStringLiteral("singularity"), QCoreApplication::translate("EveSso::ServerProfile", "Singularity"),
            QUrl(QStringLiteral("https://sisilogin.testeveonline.com/.well-known/oauth-authorization-server")),
            QUrl(QStringLiteral("https://esi.evetech.net")), QUrl(QStringLiteral("https://images.evetech.net")),
            QStringLiteral("singularity")};
}

ServerProfile ServerProfile::custom(const QString &id, const QUrl &discoveryUrl, const QUrl &esiBaseUrl,
                                    const QUrl &imageBaseUrl, const QString &tenant)
{
    return {id, id, discoveryUrl, esiBaseUrl, imageBaseUrl, tenant};
}

QList<ServerProfile> ServerProfile::builtIn()
{
    return {tranquility(), serenity(), singularity()};
}

ServerProfile ServerProfile::byId(const QString &id)
{
    for (const ServerProfile &profile : builtIn()) {
        if (profile.id == id)
            return profile;
    }
    return {};
}

} // namespace EveSso
