#pragma once

#include "AppSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QDialogButtonBox;

/// The player's configuration: server (Tranquility, Serenity, Singularity or a custom discovery URL), the
/// client id of the application registered at EVE's developer site, the callback port and the scopes.
/// Shows the callback URL to register, with a copy button.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    /// The settings as edited.
    AppSettings settings() const;
    /// Why the settings cannot be saved, or empty when they can.
    QString validationError() const;

    void accept() override;

private:
    void updateState();

    AppSettings m_original;
    QComboBox *m_server = nullptr;
    QLineEdit *m_discovery = nullptr;
    QLineEdit *m_clientId = nullptr;
    QSpinBox *m_port = nullptr;
    QPlainTextEdit *m_scopes = nullptr;
    QLineEdit *m_callbackUrl = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
