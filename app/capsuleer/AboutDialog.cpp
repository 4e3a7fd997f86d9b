#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

QString AboutDialog::ccpNotice()
{
    return tr("EVE Online and the EVE logo are the registered trademarks of CCP hf. All rights are reserved "
              "worldwide. All other trademarks are the property of their respective owners. EVE Online, the EVE "
              "logo, EVE and all associated logos and designs are the intellectual property of CCP hf. All artwork, "
              "screenshots, characters, vehicles, storylines, world facts or other recognizable features of the "
              "intellectual property relating to these trademarks are likewise the intellectual property of CCP hf. "
              "CCP hf. has granted permission to Capsuleer to use EVE Online and all associated logos and designs "
              "for promotional and information purposes but does not endorse, and is not in any way affiliated "
              "with, Capsuleer. CCP is in no way responsible for the content on or functioning of this program, "
              "nor can it be liable for any damage arising from the use of this program.");
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Capsuleer"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Capsuleer %1</h2>").arg(QApplication::applicationVersion()), this);
    layout->addWidget(title);
    auto *about = new QLabel(tr("Logs your EVE Online characters in through EVE SSO and keeps them logged in. "
                                "Refresh tokens stay in your system's keychain.<br>Licensed under the GNU General "
                                "Public License, version 3 or later; the EveSso library under the MIT license."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *notice = new QLabel(ccpNotice(), this);
    notice->setWordWrap(true);
    notice->setObjectName(QStringLiteral("ccpNotice"));
    notice->setAccessibleName(tr("CCP copyright notice"));
    notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = notice->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    notice->setFont(small);
    layout->addWidget(notice);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}
