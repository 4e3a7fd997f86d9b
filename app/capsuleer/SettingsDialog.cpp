#include "SettingsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_server = new QComboBox(this);
    m_server->setAccessibleName(tr("Server"));
    for (const EveSso::ServerProfile &profile : EveSso::ServerProfile::builtIn())
        m_server->addItem(profile.displayName, profile.id);
    m_server->addItem(tr("Custom server (discovery URL)"), AppSettings::CustomProfileId);
    m_server->setCurrentIndex(qMax(0, m_server->findData(settings.profileId)));
    form->addRow(tr("&Server:"), m_server);

    m_discovery = new QLineEdit(settings.customDiscoveryUrl.toString(), this);
    m_discovery->setAccessibleName(tr("Custom discovery URL"));
    m_discovery->setPlaceholderText(QStringLiteral("https://sso.example.com/.well-known/oauth-authorization-server"));
    form->addRow(tr("&Discovery URL:"), m_discovery);

    m_clientId = new QLineEdit(settings.clientId, this);
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setPlaceholderText(tr("From your application at developers.eveonline.com"));
    form->addRow(tr("&Client ID:"), m_clientId);

    m_port = new QSpinBox(this);
    m_port->setRange(1024, 65535);
    m_port->setValue(settings.callbackPort);
    m_port->setAccessibleName(tr("Callback port"));
    form->addRow(tr("Callback &port:"), m_port);

    auto *callbackRow = new QHBoxLayout;
    m_callbackUrl = new QLineEdit(this);
    m_callbackUrl->setReadOnly(true);
    m_callbackUrl->setAccessibleName(tr("Callback URL to register"));
    auto *copy = new QPushButton(tr("C&opy"), this);
    copy->setAccessibleName(tr("Copy callback URL"));
    callbackRow->addWidget(m_callbackUrl, 1);
    callbackRow->addWidget(copy);
    form->addRow(tr("Callback URL:"), callbackRow);

    m_scopes = new QPlainTextEdit(settings.scopes.join(QLatin1Char('\n')), this);
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setToolTip(tr("One scope per line. Enable the same scopes for your application at EVE's developer "
                            "site."));
    m_scopes->setTabChangesFocus(true);
    form->addRow(tr("Scop&es:"), m_scopes);
    layout->addLayout(form);

    auto *note = new QLabel(tr("Register the callback URL and the scopes exactly as shown for your application at "
                               "EVE's developer site. Logins are stored in your system's keychain, never in the "
                               "settings."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Settings problem"));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_callbackUrl->text()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_server, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    connect(m_discovery, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_clientId, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &SettingsDialog::updateState);
    connect(m_scopes, &QPlainTextEdit::textChanged, this, &SettingsDialog::updateState);
    updateState();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_original;
    s.profileId = m_server->currentData().toString();
    s.customDiscoveryUrl = QUrl(m_discovery->text().trimmed());
    s.clientId = m_clientId->text().trimmed();
    s.callbackPort = quint16(m_port->value());
    s.scopes = m_scopes->toPlainText().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    return s;
}

QString SettingsDialog::validationError() const
{
    const AppSettings s = settings();
    if (s.profileId == AppSettings::CustomProfileId) {
        const QUrl url = s.customDiscoveryUrl;
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            return tr("Enter the custom server's discovery URL, starting with https://.");
    }
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    if (!s.clientId.isEmpty() && !hex32.match(s.clientId).hasMatch())
        return tr("A client ID is 32 characters, 0-9 and a-f. Copy it from your application at EVE's developer "
                  "site.");
    return {};
}

void SettingsDialog::accept()
{
    if (!validationError().isEmpty())
        return;
    QDialog::accept();
}

void SettingsDialog::updateState()
{
    const bool custom = m_server->currentData().toString() == AppSettings::CustomProfileId;
    m_discovery->setEnabled(custom);
    m_callbackUrl->setText(settings().callbackUrl().toString());
    const QString problem = validationError();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
