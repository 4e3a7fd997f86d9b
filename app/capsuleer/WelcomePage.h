#pragma once

#include "AppSettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

/// First run without a client id: explains the one-time registration at EVE's developer site (what to enter:
/// the callback URL and the scopes) and offers the offline demo.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    /// Where applications are registered.
    static QUrl developerSiteUrl();

    explicit WelcomePage(QWidget *parent = nullptr);

    /// Shows the callback URL and scopes of these settings.
    void setSettings(const AppSettings &settings);

    QString callbackUrlText() const;
    QString scopesText() const;

signals:
    void settingsRequested();
    void demoRequested();

private:
    QLineEdit *m_callbackUrl = nullptr;
    QLineEdit *m_scopes = nullptr;
    QLabel *m_steps = nullptr;
};
