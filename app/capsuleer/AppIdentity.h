#pragma once

#include <QIcon>
#include <QString>

/// Who Capsuleer is to the system: its names (which pick the settings and data folders), its version, the
/// desktop file the session matches its windows with (the task bar's name and icon, on Wayland above all),
/// and the window icon.
namespace AppIdentity {

/// The desktop file's id, without ".desktop": also the icon's name in icon themes.
QString desktopFileId();
/// The installed theme icon when there is one, else the icon compiled into the app.
QIcon icon();
/// Sets all of the above on the running QApplication.
void apply();

} // namespace AppIdentity
