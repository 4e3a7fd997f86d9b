#include "CharacterListModel.h"

#include "CharacterDelegate.h"
#include "CharacterStatus.h"

#include <EveSso/AccountManager.h>

QVariant CharacterListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::ToolTipRole)
        return CharacterStatus::of(index).tooltip;
    if (role == Qt::AccessibleTextRole) {
        const QString corporation = CharacterDelegate::corporationText(index);
        return tr("%1, %2, wallet %3, %4")
            .arg(index.data(EveSso::AccountManager::NameRole).toString(),
                 corporation.isEmpty() ? tr("corporation unknown") : corporation, CharacterDelegate::walletText(index),
                 CharacterStatus::of(index).label);
    }
    return QIdentityProxyModel::data(index, role);
}

double CharacterListModel::totalIsk() const
{
    double total = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QVariant balance = index(row, 0).data(EveSso::AccountManager::WalletBalanceRole);
        if (balance.isValid())
            total += balance.toDouble();
    }
    return total;
}

int CharacterListModel::knownWallets() const
{
    int known = 0;
    for (int row = 0; row < rowCount(); ++row)
        known += index(row, 0).data(EveSso::AccountManager::WalletBalanceRole).isValid() ? 1 : 0;
    return known;
}
