#pragma once

#include <QIdentityProxyModel>

/// The AccountManager as the list view shows it: adds a tooltip (the status explained) and an accessible
/// text that reads the whole row (name, corporation, wallet, status) to screen readers.
class CharacterListModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The sum of every known wallet balance in the list.
    double totalIsk() const;
    /// How many characters have a known wallet balance.
    int knownWallets() const;
};
