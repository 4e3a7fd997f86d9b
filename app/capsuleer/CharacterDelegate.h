#pragma once

#include <QStyledItemDelegate>

/// One character in the list: portrait, name, corporation ticker, wallet balance and status mark.
class CharacterDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int PortraitSize = 44;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The wallet text of a row ("1,234.00 ISK", or "—" when never fetched).
    static QString walletText(const QModelIndex &index);
    /// The second line of a row: "[TICKER] Corporation" or what is known of it.
    static QString corporationText(const QModelIndex &index);
};
