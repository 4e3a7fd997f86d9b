// The HTML character picker, styled loosely after the live SSO's consent page.

#include "SsoRoutes.h"

#include <QCoreApplication>

namespace EveSso::Emu {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("EveSso::Emulator", text); }

} // namespace

QString SsoRoutes::renderAuthorizePage(const QString &requestId, const PendingAuthorization &pending) const
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                           "<title>%1</title>"
                           "<style>body{font-family:sans-serif;background:#101318;color:#d8dde6;max-width:40em;"
                           "margin:3em auto}fieldset{border:1px solid #39404d;margin:1em 0}"
                           "button{padding:.5em 2em;margin-right:1em}.scopes{font-size:.9em;color:#9aa3b2}"
                           "</style></head><body>\n")
                .arg(tr("Log in to EVE Online").toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                .arg(tr("EVE Online SSO (offline emulator)").toHtmlEscaped(),
                     tr("The application %1 asks for access to one of your characters.")
                         .arg(QStringLiteral("<code>%1</code>").arg(pending.clientId.toHtmlEscaped())));
    if (!pending.scopes.isEmpty()) {
        html += QStringLiteral("<ul class=\"scopes\">");
        for (const QString &scope : pending.scopes)
            html += QStringLiteral("<li>%1</li>").arg(scope.toHtmlEscaped());
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("<form method=\"post\" action=\"/v2/oauth/authorize\">\n"
                           "<input type=\"hidden\" name=\"request_id\" value=\"%1\">\n")
                .arg(requestId.toHtmlEscaped());
    bool first = true;
    for (const Fixture::Account &account : m_ctx.fixture.accounts()) {
        html += QStringLiteral("<fieldset><legend>%1</legend>\n")
                    .arg(tr("Account %1").arg(account.name).toHtmlEscaped());
        for (qint64 id : account.characterIds) {
            const Fixture::Character *c = m_ctx.fixture.character(id);
            html += QStringLiteral("<label><input type=\"radio\" name=\"character_id\" value=\"%1\"%2> "
                                   "<img src=\"/images/characters/%1/portrait?size=32\" alt=\"\" width=\"32\" "
                                   "height=\"32\"> %3</label><br>\n")
                        .arg(QString::number(id), first ? QStringLiteral(" checked") : QString(),
                             c->name.toHtmlEscaped());
            first = false;
        }
        html += QStringLiteral("</fieldset>\n");
    }
    html += QStringLiteral("<button type=\"submit\" name=\"action\" value=\"authorize\">%1</button>"
                           "<button type=\"submit\" name=\"action\" value=\"cancel\">%2</button>\n"
                           "</form></body></html>\n")
                .arg(tr("Authorize").toHtmlEscaped(), tr("Cancel").toHtmlEscaped());
    return html;
}

} // namespace EveSso::Emu
