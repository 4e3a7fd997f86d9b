#pragma once

#include <QDialog>

/// Version, license, and the copyright notice CCP's developer license asks third-party tools to show.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// CCP's notice, as the EVE Online developer license asks for it.
    static QString ccpNotice();
};
