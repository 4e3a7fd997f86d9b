#pragma once

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class CharacterDataUpdater;
class QLabel;
class QPushButton;
class WalletChart;

namespace EveSso {
class AccountManager;
}

/// The selected character in detail: large portrait, name, corporation and alliance, character id, what the
/// SSO signature vouched for (owner hash, granted scopes, token expiry counting down), the wallet and when it
/// was last updated, the wallet's history as a chart, and the refresh / re-login actions.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PortraitSize = 128;

    explicit DetailPane(QWidget *parent = nullptr);

    void setAccounts(EveSso::AccountManager *accounts);
    /// Where the wallet history comes from (not owned).
    void setDataUpdater(CharacterDataUpdater *updater);
    void setCharacter(qint64 characterId);
    qint64 character() const { return m_characterId; }
    /// The wallet history chart; null until the first history is known (it is built then, not at start-up).
    WalletChart *walletChart() const { return m_walletChart; }

    /// "in 19 min 32 s", "expired", or "no token in memory yet" for an expiry seen at `now`.
    static QString expiryText(const QDateTime &expiresAt, const QDateTime &now);
    /// "3 minutes ago" style text for a past time, or "never".
    static QString agoText(const QDateTime &time, const QDateTime &now);

signals:
    void refreshRequested(qint64 characterId);
    void reloginRequested(qint64 characterId);

private:
    void refreshView();
    void updateCountdown();
    void updateWalletChart();
    QLabel *addField(class QFormLayout *form, const QString &label, const QString &accessibleName);

    QPointer<EveSso::AccountManager> m_accounts;
    QPointer<CharacterDataUpdater> m_updater;
    qint64 m_characterId = 0;
    QDateTime m_expiresAt;
    bool m_loginGone = false; ///< No access token will come before a new login, whatever is in memory.
    QDateTime m_walletUpdatedAt;
    QTimer m_countdown;
    QWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_portrait = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_statusMark = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_corporation = nullptr;
    QLabel *m_alliance = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_ownerHash = nullptr;
    QLabel *m_scopes = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_wallet = nullptr;
    QLabel *m_walletUpdated = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_relogin = nullptr;
    WalletChart *m_walletChart = nullptr;
};
