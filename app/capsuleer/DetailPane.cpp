#include "DetailPane.h"

#include "CharacterDataUpdater.h"
#include "CharacterDelegate.h"
#include "CharacterStatus.h"
#include "IskFormat.h"
#include "Portrait.h"
#include "WalletChart.h"

#include <EveSso/AccountManager.h>

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using EveSso::AccountManager;

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Character details"));
    auto *outer = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Add a character to see it here."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);

    m_content = new QWidget(this);
    outer->addWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);
    auto *header = new QHBoxLayout;
    m_portrait = new QLabel(m_content);
    m_portrait->setFixedSize(PortraitSize, PortraitSize);
    m_portrait->setAccessibleName(tr("Portrait"));
    header->addWidget(m_portrait);
    auto *titles = new QVBoxLayout;
    m_name = new QLabel(m_content);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setAccessibleName(tr("Character name"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setTextFormat(Qt::PlainText);
    // Plain text and no word wrap in the fields: a wrapped or rich-text label lays its text out as a document
    // for every size query, which made this pane the slowest part of start-up. The values are short.
    auto *statusLine = new QHBoxLayout;
    m_statusMark = new QLabel(QStringLiteral("●"), m_content);
    m_statusMark->setAccessibleName(tr("Status mark"));
    m_status = new QLabel(m_content);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextFormat(Qt::PlainText);
    statusLine->addWidget(m_statusMark);
    statusLine->addWidget(m_status, 1);
    titles->addWidget(m_name);
    titles->addLayout(statusLine);
    titles->addStretch();
    header->addLayout(titles, 1);
    layout->addLayout(header);

    auto *form = new QFormLayout;
    m_corporation = addField(form, tr("Corporation:"), tr("Corporation"));
    m_alliance = addField(form, tr("Alliance:"), tr("Alliance"));
    m_id = addField(form, tr("Character ID:"), tr("Character ID"));
    m_ownerHash = addField(form, tr("Owner hash:"), tr("Owner hash"));
    m_scopes = addField(form, tr("Granted scopes:"), tr("Granted scopes"));
    m_expiry = addField(form, tr("Access token expires:"), tr("Access token expiry"));
    m_wallet = addField(form, tr("Wallet:"), tr("Wallet balance"));
    m_walletUpdated = addField(form, tr("Last updated:"), tr("Wallet last updated"));
    QFont walletFont = m_wallet->font();
    walletFont.setBold(true);
    m_wallet->setFont(walletFont);
    layout->addLayout(form);

    m_error = new QLabel(m_content);
    m_error->setWordWrap(true); // the one long text; hidden (and so not laid out) while there is none
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleName(tr("Last error"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_refresh = new QPushButton(tr("&Refresh"), m_content);
    m_refresh->setToolTip(tr("Get a fresh login and the latest data for this character now."));
    m_relogin = new QPushButton(tr("Log &in again…"), m_content);
    m_relogin->setToolTip(tr("Log this character in again through the browser (keeps everything else)."));
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_relogin);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_refresh, &QPushButton::clicked, this, [this] { emit refreshRequested(m_characterId); });
    connect(m_relogin, &QPushButton::clicked, this, [this] { emit reloginRequested(m_characterId); });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &DetailPane::updateCountdown);
    refreshView();
}

QLabel *DetailPane::addField(QFormLayout *form, const QString &label, const QString &accessibleName)
{
    auto *value = new QLabel(m_content);
    value->setAccessibleName(accessibleName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void DetailPane::setAccounts(AccountManager *accounts)
{
    if (m_accounts)
        m_accounts->disconnect(this);
    m_accounts = accounts;
    if (accounts) {
        // Only a change of the shown character: a background refresh of a hundred others would otherwise
        // redo this pane (and its chart's history) for each of them.
        connect(accounts, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    const int row = m_accounts->rowOf(m_characterId);
                    if (row >= topLeft.row() && row <= bottomRight.row())
                        refreshView();
                });
        connect(accounts, &QAbstractItemModel::modelReset, this, &DetailPane::refreshView);
        connect(accounts, &QAbstractItemModel::rowsRemoved, this, &DetailPane::refreshView);
    }
    m_characterId = 0;
    refreshView();
}

void DetailPane::setDataUpdater(CharacterDataUpdater *updater)
{
    if (m_updater)
        m_updater->disconnect(this);
    m_updater = updater;
    if (updater)
        connect(updater, &CharacterDataUpdater::walletHistoryChanged, this, [this](qint64 characterId) {
            if (characterId == m_characterId)
                updateWalletChart();
        });
    updateWalletChart();
}

void DetailPane::setCharacter(qint64 characterId)
{
    m_characterId = characterId;
    refreshView();
}

void DetailPane::refreshView()
{
    const int row = m_accounts ? m_accounts->rowOf(m_characterId) : -1;
    m_empty->setVisible(row < 0);
    m_content->setVisible(row >= 0);
    if (row < 0) {
        m_countdown.stop();
        return;
    }
    const QModelIndex index = m_accounts->index(row);
    const QString name = index.data(AccountManager::NameRole).toString();
    m_portrait->setPixmap(characterPortrait(index.data(AccountManager::PortraitFileRole).toString(), name,
                                            PortraitSize, palette()));
    m_name->setText(name);
    const CharacterStatus status = CharacterStatus::of(index);
    QPalette markPalette = m_statusMark->palette();
    markPalette.setColor(QPalette::WindowText, status.color(palette()));
    m_statusMark->setPalette(markPalette);
    m_status->setText(status.label);
    m_status->setToolTip(status.tooltip);
    const QString corporation = CharacterDelegate::corporationText(index);
    m_corporation->setText(corporation.isEmpty() ? tr("Not known yet") : corporation);
    const QString alliance = index.data(AccountManager::AllianceNameRole).toString();
    m_alliance->setText(alliance.isEmpty() ? tr("None") : alliance);
    m_id->setText(QString::number(index.data(AccountManager::CharacterIdRole).toLongLong()));
    m_ownerHash->setText(index.data(AccountManager::OwnerHashRole).toString());
    const QStringList scopes = index.data(AccountManager::GrantedScopesRole).toStringList();
    m_scopes->setText(scopes.isEmpty() ? tr("None") : scopes.join(QLatin1Char('\n')));
    m_wallet->setText(CharacterDelegate::walletText(index));
    m_expiresAt = index.data(AccountManager::TokenExpiresAtRole).toDateTime();
    m_walletUpdatedAt = index.data(AccountManager::WalletUpdatedAtRole).toDateTime();
    const bool needsLogin = status.kind == CharacterStatus::Kind::NeedsRelogin
        || status.kind == CharacterStatus::Kind::MissingScopes;
    m_loginGone = status.kind == CharacterStatus::Kind::NeedsRelogin;
    const QString lastError = index.data(AccountManager::LastErrorRole).toString();
    m_error->setText(status.kind == CharacterStatus::Kind::Ready ? QString() : (lastError.isEmpty() ? status.tooltip : lastError));
    m_error->setVisible(!m_error->text().isEmpty());
    m_relogin->setVisible(needsLogin);
    m_refresh->setEnabled(status.kind != CharacterStatus::Kind::Refreshing);
    updateCountdown();
    if (!m_countdown.isActive())
        m_countdown.start();
    updateWalletChart();
}

void DetailPane::updateWalletChart()
{
    const int row = m_accounts ? m_accounts->rowOf(m_characterId) : -1;
    if (row < 0)
        return;
    const WalletHistory history = m_updater ? m_updater->walletHistory(m_characterId) : WalletHistory{};
    if (!m_walletChart) {
        // Built with the first history that is fetched: fetches start with the background work, after the
        // window's first paint, so start-up never builds (or lays out) a chart.
        if (history.state == WalletHistory::State::NotAsked)
            return;
        auto *layout = static_cast<QVBoxLayout *>(m_content->layout());
        delete layout->takeAt(layout->count() - 1); // the chart takes the space the closing stretch kept
        m_walletChart = new WalletChart(m_content);
        layout->addWidget(m_walletChart, 1);
    }
    const QVariant balance = m_accounts->index(row).data(AccountManager::WalletBalanceRole);
    m_walletChart->setHistory(history, balance.isValid() ? std::optional<double>(balance.toDouble()) : std::nullopt,
                              m_walletUpdatedAt);
}

void DetailPane::updateCountdown()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // An access token still in memory is of no use once the login is gone: no countdown beside
    // "Needs re-login".
    m_expiry->setText(m_loginGone ? tr("None until the character is logged in again") : expiryText(m_expiresAt, now));
    m_walletUpdated->setText(agoText(m_walletUpdatedAt, now));
}

QString DetailPane::expiryText(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return tr("None yet (one is fetched when needed)");
    const qint64 seconds = now.secsTo(expiresAt);
    if (seconds <= 0)
        return tr("Expired (a new one is fetched when needed)");
    if (seconds < 3600)
        return tr("in %1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("in %1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString DetailPane::agoText(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return tr("Never");
    const qint64 seconds = qMax<qint64>(0, time.secsTo(now));
    const QString when = QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    if (seconds < 60)
        return tr("%1 (just now)").arg(when);
    if (seconds < 3600)
        return tr("%1 (%n minute(s) ago)", nullptr, int(seconds / 60)).arg(when);
    if (seconds < 86400)
        return tr("%1 (%n hour(s) ago)", nullptr, int(seconds / 3600)).arg(when);
    return tr("%1 (%n day(s) ago)", nullptr, int(seconds / 86400)).arg(when);
}
