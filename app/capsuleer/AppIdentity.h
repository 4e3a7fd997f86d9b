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
/// Sets the names, the version and the desktop file name on the running QApplication.
void apply();
/// Sets icon() as every window's icon. Capsuleer does this after its first paint: building the icon is the
/// first image load of the process and costs milliseconds (Qt looks through its image plugins), while the
/// icon only shows in the task bar, which takes it from the desktop file anyway.
void applyWindowIcon();

} // namespace AppIdentity
