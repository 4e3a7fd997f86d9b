#include "WelcomePage.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

QUrl WelcomePage::developerSiteUrl()
{
    return QUrl(QStringLiteral("https://developers.eveonline.com/applications"));
}

namespace {
QPushButton *copyButtonFor(QLineEdit *field, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(QCoreApplication::translate("WelcomePage", "Copy"), parent);
    button->setAccessibleName(accessibleName);
    QObject::connect(button, &QPushButton::clicked, field, [field] { QApplication::clipboard()->setText(field->text()); });
    return button;
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Welcome"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *title = new QLabel(tr("Welcome to Capsuleer"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_steps = new QLabel(this);
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setOpenExternalLinks(true);
    m_steps->setText(
        tr("<p>Capsuleer logs your EVE Online characters in through EVE's own login page and keeps them logged "
           "in. EVE asks every tool to register once, for free, as an application:</p>"
           "<ol><li>Open <a href=\"%1\">EVE's developer site</a>, log in and create a new application.</li>"
           "<li>Choose <b>Authentication &amp; API Access</b> and enable the scopes below.</li>"
           "<li>Enter the callback URL below exactly as shown.</li>"
           "<li>Copy the application's <b>Client ID</b> into Capsuleer's settings.</li></ol>")
            .arg(developerSiteUrl().toString()));
    layout->addWidget(m_steps);

    auto *form = new QFormLayout;
    m_callbackUrl = new QLineEdit(this);
    m_callbackUrl->setReadOnly(true);
    m_callbackUrl->setAccessibleName(tr("Callback URL to register"));
    auto *callbackRow = new QHBoxLayout;
    callbackRow->addWidget(m_callbackUrl, 1);
    callbackRow->addWidget(copyButtonFor(m_callbackUrl, tr("Copy callback URL"), this));
    form->addRow(tr("Callback URL:"), callbackRow);
    m_scopes = new QLineEdit(this);
    m_scopes->setReadOnly(true);
    m_scopes->setAccessibleName(tr("Scopes to enable"));
    auto *scopesRow = new QHBoxLayout;
    scopesRow->addWidget(m_scopes, 1);
    scopesRow->addWidget(copyButtonFor(m_scopes, tr("Copy scopes"), this));
    form->addRow(tr("Scopes:"), scopesRow);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    auto *site = new QPushButton(tr("Open EVE's developer &site"), this);
    auto *settings = new QPushButton(tr("&Enter client ID…"), this);
    settings->setDefault(true);
    auto *demo = new QPushButton(tr("Try the offline &demo"), this);
    demo->setToolTip(tr("Explore Capsuleer with made-up characters on a built-in server on this computer. "
                        "Nothing is sent to EVE's servers."));
    buttons->addWidget(site);
    buttons->addStretch();
    buttons->addWidget(demo);
    buttons->addWidget(settings);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(site, &QPushButton::clicked, this, [] { QDesktopServices::openUrl(developerSiteUrl()); });
    connect(settings, &QPushButton::clicked, this, &WelcomePage::settingsRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    setSettings(AppSettings());
}

void WelcomePage::setSettings(const AppSettings &settings)
{
    m_callbackUrl->setText(settings.callbackUrl().toString());
    m_scopes->setText(settings.scopes.join(QLatin1Char(' ')));
}

QString WelcomePage::callbackUrlText() const { return m_callbackUrl->text(); }
QString WelcomePage::scopesText() const { return m_scopes->text(); }
