#include "CharacterDelegate.h"

#include "CharacterStatus.h"
#include "IskFormat.h"
#include "Portrait.h"

#include <EveSso/AccountManager.h>

#include <QApplication>
#include <QPainter>

using EveSso::AccountManager;

namespace {
constexpr int kMargin = 6;
}

QString CharacterDelegate::walletText(const QModelIndex &index)
{
    const QVariant balance = index.data(AccountManager::WalletBalanceRole);
    return balance.isValid() ? formatIsk(balance.toDouble()) : QStringLiteral("—");
}

QString CharacterDelegate::corporationText(const QModelIndex &index)
{
    const QString ticker = index.data(AccountManager::CorporationTickerRole).toString();
    const QString corporation = index.data(AccountManager::CorporationNameRole).toString();
    if (ticker.isEmpty())
        return corporation;
    return corporation.isEmpty() ? QStringLiteral("[%1]").arg(ticker) : QStringLiteral("[%1] %2").arg(ticker, corporation);
}

QSize CharacterDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int lines = 2 * option.fontMetrics.height() + kMargin;
    return {260, qMax(PortraitSize, lines) + 2 * kMargin};
}

void CharacterDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    painter->save();
    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QString name = index.data(AccountManager::NameRole).toString();
    const QPixmap portrait = characterPortrait(index.data(AccountManager::PortraitFileRole).toString(), name,
                                               PortraitSize, option.palette);
    const QRect portraitRect(area.left(), area.top() + (area.height() - PortraitSize) / 2, PortraitSize, PortraitSize);
    painter->drawPixmap(portraitRect, portrait);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect textArea = area.adjusted(PortraitSize + kMargin * 2, 0, 0, 0);
    const int lineHeight = option.fontMetrics.height();
    const QRect top(textArea.left(), textArea.top() + (textArea.height() - 2 * lineHeight - kMargin) / 2,
                    textArea.width(), lineHeight);
    const QRect bottom = top.translated(0, lineHeight + kMargin);

    const CharacterStatus status = CharacterStatus::of(index);
    const QString wallet = walletText(index);
    QFont bold = option.font;
    bold.setBold(true);
    const int walletWidth = QFontMetrics(option.font).horizontalAdvance(wallet);
    const int statusWidth = QFontMetrics(option.font).horizontalAdvance(status.label) + lineHeight;

    painter->setPen(text);
    painter->setFont(bold);
    painter->drawText(top.adjusted(0, 0, -walletWidth - kMargin, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, top.width() - walletWidth - kMargin));
    painter->setFont(option.font);
    painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, wallet);

    const QString corporation = corporationText(index);
    painter->drawText(bottom.adjusted(0, 0, -statusWidth - kMargin, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(corporation, Qt::ElideRight, bottom.width() - statusWidth - kMargin));

    // The status mark: a dot in the status colour and its label.
    const QColor mark = status.color(option.palette);
    const int dot = lineHeight / 2;
    const QRect labelRect(bottom.right() - statusWidth + lineHeight, bottom.top(), statusWidth - lineHeight, lineHeight);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mark);
    painter->drawEllipse(QRect(labelRect.left() - dot - dot / 2, bottom.top() + (lineHeight - dot) / 2, dot, dot));
    painter->setPen(selected ? text : mark);
    painter->drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, status.label);
    painter->restore();
}
