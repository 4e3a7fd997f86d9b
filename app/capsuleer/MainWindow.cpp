#include "MainWindow.h"

#include "AboutDialog.h"
#include "AccountBackend.h"
#include "AppCore.h"
#include "CharacterDataUpdater.h"
#include "CharacterDelegate.h"
#include "CharacterListModel.h"
#include "DemoServer.h"
#include "DetailPane.h"
#include "IskFormat.h"
#include "LoginController.h"
#include "LoginPanel.h"
#include "NoticeBar.h"
#include "SettingsDialog.h"
#include "WelcomePage.h"

#include <EveSso/AccountManager.h>
#include <EveSso/CharacterSession.h>

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using EveSso::AccountManager;

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
} // namespace

MainWindow::MainWindow(AppCore *core, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_settings(settings)
    , m_login(new LoginController(this))
    , m_listModel(new CharacterListModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_demoNotice = new NoticeBar(tr("Demo notice"), central);
    m_keychainNotice = new NoticeBar(tr("Keychain problem"), central);
    m_serverNotice = new NoticeBar(tr("Server problem"), central);
    m_resultNotice = new NoticeBar(tr("Last action"), central);
    layout->addWidget(m_demoNotice);
    layout->addWidget(m_keychainNotice);
    layout->addWidget(m_serverNotice);
    layout->addWidget(m_resultNotice);

    m_pages = new QStackedWidget(central);
    m_accountsPage = new QSplitter(m_pages);
    m_list = new QListView(m_accountsPage);
    m_list->setAccessibleName(tr("Characters"));
    m_list->setModel(m_listModel);
    m_list->setItemDelegate(new CharacterDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(280);
    m_detail = new DetailPane(m_accountsPage);
    m_accountsPage->addWidget(m_list);
    m_accountsPage->addWidget(m_detail);
    m_accountsPage->setStretchFactor(1, 1);
    // The welcome page and the login panel are built when first shown: most starts need neither, and the
    // welcome page's wrapped rich text takes milliseconds to lay out.
    m_pages->addWidget(m_accountsPage);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_total = new QLabel(this);
    m_total->setAccessibleName(tr("Total ISK"));
    statusBar()->addPermanentWidget(m_total);

    createActions();

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(AccountManager::CharacterIdRole).toLongLong();
        m_detail->setCharacter(id);
        if (m_backend && id != 0)
            m_backend->accounts()->setCurrentCharacterId(id);
        updateActions();
    });
    connect(m_listModel, &QAbstractItemModel::dataChanged, this, [this] {
        updateTotal();
        updateActions();
    });
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateTotal);
    connect(m_listModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTotal);
    connect(m_listModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateTotal);
    connect(m_detail, &DetailPane::refreshRequested, this, &MainWindow::refreshCurrent);
    connect(m_detail, &DetailPane::reloginRequested, this, &MainWindow::reloginCurrent);
    connect(m_login, &LoginController::activeChanged, this, &MainWindow::updatePage);
    connect(m_login, &LoginController::succeeded, this,
            [this](qint64 id, const QString &name, AccountManager::AddOutcome outcome) {
                m_showLoginPanel = false;
                updatePage();
                selectCharacter(id);
                const QString text = outcome == AccountManager::AddOutcome::Added ? tr("%1 was added.").arg(name)
                                                                                   : tr("%1 is logged in again.").arg(name);
                statusBar()->showMessage(text, 10000);
                if (outcome != AccountManager::AddOutcome::OwnerChanged)
                    m_resultNotice->clear();
            });
    connect(m_serverNotice, &NoticeBar::actionTriggered, this, [this] {
        if (m_backend)
            m_backend->retry();
    });
    connect(m_core, &AppCore::backendChanged, this, &MainWindow::setBackend);
    connect(m_core, &AppCore::keychainChecked, this, [this](const EveSso::SecretStore::Availability &availability) {
        if (availability.available)
            m_keychainNotice->clear();
        else
            m_keychainNotice->showMessage(tr("Your system keychain cannot be used, so logins cannot be kept: %1")
                                              .arg(availability.explanation),
                                          NoticeBar::Tone::Error);
    });
    connect(m_core, &AppCore::demoChanged, this, &MainWindow::updateDemoMarks);

    resize(960, 620);
    restoreGeometry(m_settings->value(kGeometry).toByteArray());
    fitIntoScreen();
    restoreState(m_settings->value(kState).toByteArray());
    m_accountsPage->restoreState(m_settings->value(kSplitter).toByteArray());
    if (m_core->backend())
        setBackend(m_core->backend());
    updateDemoMarks();
    updatePage();
}

MainWindow::~MainWindow() = default;

WelcomePage *MainWindow::welcomePage()
{
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_pages);
        m_welcome->setSettings(m_core->settings());
        m_pages->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::settingsRequested, this, &MainWindow::showSettings);
        connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemo);
    }
    return m_welcome;
}

LoginPanel *MainWindow::loginPanel()
{
    if (!m_loginPanel) {
        m_loginPanel = new LoginPanel(m_login, m_pages);
        m_pages->addWidget(m_loginPanel);
        connect(m_loginPanel, &LoginPanel::dismissed, this, [this] {
            m_showLoginPanel = false;
            updatePage();
        });
        connect(m_loginPanel, &LoginPanel::retryRequested, this,
                [this](bool listen) { startLogin(m_loginCharacter, listen); });
    }
    return m_loginPanel;
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &shortcut, const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setToolTip(shortcut.isEmpty() ? tip : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addAction = make(tr("&Add character…"), QKeySequence::New, tr("Log a character in through the browser"),
                       &MainWindow::addCharacter);
    m_reloginAction = make(tr("Log &in again…"), QKeySequence(Qt::CTRL | Qt::Key_L),
                           tr("Log the selected character in again"), &MainWindow::reloginCurrent);
    m_refreshAction = make(tr("&Refresh"), QKeySequence::Refresh, tr("Refresh the selected character now"),
                           &MainWindow::refreshCurrent);
    m_refreshAllAction = make(tr("Refresh &all"), QKeySequence(Qt::SHIFT | Qt::Key_F5), tr("Refresh every character"),
                              [this] {
                                  if (m_backend)
                                      m_backend->accounts()->refreshAll(EveSso::AccountManager::RefreshPolicy::Always);
                              });
    m_removeAction = make(tr("Re&move character…"), QKeySequence::Delete,
                          tr("Remove the selected character and revoke its login"), &MainWindow::removeCurrent);
    m_moveUpAction = make(tr("Move &up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up),
                          tr("Move the selected character up"), [this] { moveCurrent(-1); });
    m_moveDownAction = make(tr("Move &down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down),
                            tr("Move the selected character down"), [this] { moveCurrent(1); });
    m_nextAction = make(tr("&Next character"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), tr("Select the next character"),
                        [this] { selectRelative(1); });
    m_previousAction = make(tr("&Previous character"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                            tr("Select the previous character"), [this] { selectRelative(-1); });
    m_settingsAction = make(tr("&Settings…"), QKeySequence::Preferences, tr("Server, client ID, callback port, scopes"),
                            &MainWindow::showSettings);
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_aboutAction = make(tr("A&bout Capsuleer"), QKeySequence(), tr("Version, license and CCP's notice"),
                         &MainWindow::showAbout);
    m_quitAction = make(tr("&Quit"), QKeySequence::Quit, tr("Quit Capsuleer"), &QWidget::close);
    if (m_quitAction->shortcut().isEmpty())
        m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *file = menuBar()->addMenu(tr("&Characters"));
    file->addActions({m_addAction, m_reloginAction, m_refreshAction, m_refreshAllAction, m_removeAction});
    file->addSeparator();
    file->addActions({m_moveUpAction, m_moveDownAction, m_previousAction, m_nextAction});
    file->addSeparator();
    file->addActions({m_settingsAction, m_quitAction});
    menuBar()->addMenu(tr("&Help"))->addAction(m_aboutAction);

    QToolBar *tools = addToolBar(tr("Characters"));
    tools->setObjectName(QStringLiteral("charactersToolBar"));
    tools->setAccessibleName(tr("Character actions"));
    tools->addActions({m_addAction, m_refreshAction, m_reloginAction, m_removeAction});
    tools->addSeparator();
    tools->addAction(m_settingsAction);
}

void MainWindow::setBackend(AccountBackend *backend)
{
    if (m_backend)
        m_backend->disconnect(this);
    m_backend = backend;
    m_login->setBackend(backend);
    AccountManager *accounts = backend ? backend->accounts() : nullptr;
    m_listModel->setSourceModel(accounts);
    m_detail->setDataUpdater(backend ? backend->updater() : nullptr);
    m_detail->setAccounts(accounts);
    m_resultNotice->clear();
    if (backend) {
        connect(backend, &AccountBackend::statusChanged, this, &MainWindow::updateBackendNotice);
        connect(backend->updater(), &CharacterDataUpdater::failed, this, [this](qint64 id, const QString &message) {
            if (id == currentCharacterId())
                statusBar()->showMessage(tr("Not all of this character's data could be updated: %1").arg(message), 15000);
        });
        connect(accounts, &AccountManager::currentCharacterChanged, this,
                [this] { selectCharacter(m_backend->accounts()->currentCharacterId()); });
        connect(accounts, &AccountManager::ownerChanged, this, [this](qint64, const QString &name) {
            m_resultNotice->showMessage(tr("%1 now belongs to another EVE account (its owner hash changed). The new "
                                           "login replaced the old one.").arg(name),
                                        NoticeBar::Tone::Warning);
        });
        connect(accounts, &AccountManager::storageError, this, [this](const QString &message) {
            m_resultNotice->showMessage(tr("The character list could not be saved: %1").arg(message),
                                        NoticeBar::Tone::Error);
        });
        const EveSso::CharacterStore::LoadResult loaded = backend->loadResult();
        if (!loaded.ok() && !loaded.message.isEmpty())
            m_resultNotice->showMessage(loaded.message, NoticeBar::Tone::Error);
        selectCharacter(accounts->currentCharacterId());
    }
    if (m_welcome)
        m_welcome->setSettings(m_core->settings());
    updateBackendNotice();
    updateTotal();
    updatePage();
}

void MainWindow::updateDemoMarks()
{
    const bool demo = m_core->isDemo();
    setWindowTitle(demo ? tr("Capsuleer — Offline demo") : tr("Capsuleer"));
    if (demo)
        m_demoNotice->showMessage(tr("Offline demo: made-up characters on a server built into Capsuleer, on this "
                                     "computer. Nothing is sent to EVE's servers. Characters added here are "
                                     "forgotten when Capsuleer quits."),
                                  NoticeBar::Tone::Info);
    else
        m_demoNotice->clear();
    m_login->setDemo(m_core->demo());
}

void MainWindow::updateBackendNotice()
{
    if (!m_backend) {
        m_serverNotice->clear();
        return;
    }
    switch (m_backend->status()) {
    case AccountBackend::Status::Failed: {
        const EveSso::SsoError error = m_backend->prepareError();
        m_serverNotice->showMessage(tr("EVE's login server could not be reached, so characters are shown as last "
                                       "known. %1")
                                        .arg(error.message),
                                    NoticeBar::Tone::Warning, tr("&Retry"));
        statusBar()->clearMessage();
        break;
    }
    case AccountBackend::Status::Preparing:
        m_serverNotice->clear();
        statusBar()->showMessage(tr("Connecting to %1…").arg(m_backend->profile().displayName));
        break;
    default:
        m_serverNotice->clear();
        statusBar()->clearMessage();
        break;
    }
}

void MainWindow::updatePage()
{
    if (m_showLoginPanel)
        m_pages->setCurrentWidget(loginPanel());
    else if (!m_backend)
        m_pages->setCurrentWidget(welcomePage());
    else
        m_pages->setCurrentWidget(m_accountsPage);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool accounts = m_backend && m_pages->currentWidget() == m_accountsPage;
    const qint64 current = currentCharacterId();
    const int row = m_backend ? m_backend->accounts()->rowOf(current) : -1;
    const int count = m_backend ? m_backend->accounts()->count() : 0;
    m_addAction->setEnabled(m_backend && !m_login->isActive());
    m_reloginAction->setEnabled(accounts && row >= 0);
    m_refreshAction->setEnabled(accounts && row >= 0);
    m_refreshAllAction->setEnabled(accounts && count > 0);
    m_removeAction->setEnabled(accounts && row >= 0);
    m_moveUpAction->setEnabled(accounts && row > 0);
    m_moveDownAction->setEnabled(accounts && row >= 0 && row < count - 1);
    m_nextAction->setEnabled(accounts && row < count - 1);
    m_previousAction->setEnabled(accounts && row > 0);
}

void MainWindow::updateTotal()
{
    const int count = m_listModel->rowCount();
    m_total->setText(count == 0 ? QString() : totalText());
}

QString MainWindow::totalText() const
{
    if (m_listModel->knownWallets() == 0)
        return tr("Total: no wallet balance known yet");
    return tr("Total: %1 across %n character(s)", nullptr, m_listModel->rowCount())
        .arg(formatIsk(m_listModel->totalIsk()));
}

qint64 MainWindow::currentCharacterId() const
{
    return m_list->currentIndex().data(AccountManager::CharacterIdRole).toLongLong();
}

void MainWindow::selectCharacter(qint64 characterId)
{
    if (!m_backend)
        return;
    const int row = m_backend->accounts()->rowOf(characterId);
    if (row < 0)
        return;
    const QModelIndex index = m_listModel->index(row, 0);
    if (m_list->currentIndex() != index)
        m_list->setCurrentIndex(index);
    else
        m_detail->setCharacter(characterId);
}

void MainWindow::addCharacter() { startLogin(0, true); }

void MainWindow::reloginCurrent()
{
    if (const qint64 id = currentCharacterId())
        startLogin(id, true);
}

void MainWindow::startLogin(qint64 expectedCharacterId, bool listenForCallback)
{
    if (!m_backend)
        return;
    m_loginCharacter = expectedCharacterId;
    const auto record = m_backend->accounts()->record(expectedCharacterId);
    loginPanel()->prepare(record ? record->name : QString());
    m_showLoginPanel = true;
    updatePage();
    m_login->start(expectedCharacterId, listenForCallback);
}

void MainWindow::refreshCurrent()
{
    const qint64 id = currentCharacterId();
    EveSso::CharacterSession *session = m_backend ? m_backend->accounts()->session(id) : nullptr;
    if (!session)
        return;
    session->refresh(this, [this, id](const QString &, const EveSso::SsoError &error) {
        if (!m_backend)
            return;
        if (!error.isError()) {
            // The login works: the player is waiting for the data, so ESI is asked urgently.
            m_backend->updater()->update(id, EveSso::EsiClient::Priority::Urgent);
            return;
        }
        const auto record = m_backend->accounts()->record(id);
        statusBar()->showMessage(tr("%1 could not be refreshed: %2").arg(record ? record->name : QString(), error.message),
                                 15000);
    });
}

void MainWindow::removeCurrent()
{
    const qint64 id = currentCharacterId();
    const auto record = m_backend ? m_backend->accounts()->record(id) : std::nullopt;
    if (!record)
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Remove %1?").arg(record->name),
                        tr("Remove %1 from Capsuleer? Its login is revoked at EVE and deleted from your keychain. "
                           "Nothing changes in the game; you can add the character again later.")
                            .arg(record->name),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmRemove"));
    QPushButton *remove = confirm.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec(); // a modal confirmation: the one nested loop the app allows itself
    if (confirm.clickedButton() != remove)
        return;
    const QString name = record->name;
    m_backend->accounts()->removeCharacter(id, this, [this, id, name](const EveSso::SsoError &revokeError) {
        if (m_backend && m_backend->accounts()->record(id)) // kept: its login is still in the keychain
            m_resultNotice->showMessage(tr("Removing %1 failed. %2").arg(name, revokeError.message),
                                        NoticeBar::Tone::Error);
        else if (revokeError.isError())
            m_resultNotice->showMessage(tr("%1 was removed from Capsuleer, but EVE's login server could not be told to "
                                           "revoke the login: %2 You can revoke it at "
                                           "https://community.eveonline.com/support/third-party-applications/.")
                                            .arg(name, revokeError.message),
                                        NoticeBar::Tone::Warning);
        else
            statusBar()->showMessage(tr("%1 was removed and its login revoked.").arg(name), 10000);
        updateActions();
    });
}

void MainWindow::moveCurrent(int delta)
{
    const qint64 id = currentCharacterId();
    if (!m_backend || id == 0)
        return;
    const int row = m_backend->accounts()->rowOf(id);
    if (m_backend->accounts()->moveCharacter(id, row + delta))
        selectCharacter(id);
    updateActions();
}

void MainWindow::selectRelative(int delta)
{
    const int rows = m_listModel->rowCount();
    if (rows == 0)
        return;
    const int row = qBound(0, m_list->currentIndex().row() + delta, rows - 1);
    m_list->setCurrentIndex(m_listModel->index(row, 0));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_core->settings(), this);
    dialog.setObjectName(QStringLiteral("settingsDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_core->applySettings(dialog.settings()))
        m_resultNotice->showMessage(tr("Capsuleer could not save the settings to %1 (is the disk full?). They apply "
                                       "until Capsuleer quits; the file still holds the previous ones.")
                                        .arg(m_core->settingsLocation()),
                                    NoticeBar::Tone::Error);
    if (m_welcome)
        m_welcome->setSettings(m_core->settings());
    if (m_core->isDemo())
        statusBar()->showMessage(tr("Settings saved. They apply when Capsuleer starts outside the demo."), 10000);
    updatePage();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.setObjectName(QStringLiteral("aboutDialog"));
    dialog.exec();
}

void MainWindow::startDemo()
{
    QString error;
    if (!m_core->startDemo(false, &error))
        m_resultNotice->showMessage(error, NoticeBar::Tone::Error);
}

void MainWindow::showStartupProblem(const QString &message)
{
    m_resultNotice->showMessage(message, NoticeBar::Tone::Error);
}

void MainWindow::fitIntoScreen()
{
    // A window saved on a larger screen (1600x980) reopened past the edges of a smaller one (1280x720):
    // Qt 6.4's restoreGeometry() only keeps the title bar reachable. Shrink it to the available area
    // (no smaller than the layout allows) and move it inside.
    const QScreen *target = screen();
    if (!target || isMaximized() || isFullScreen())
        return;
    const QRect available = target->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - geometry().size();
    const QSize fitting = size().boundedTo(available.size() - frameExtra).expandedTo(minimumSizeHint());
    if (fitting != size())
        resize(fitting);
    QRect frame = frameGeometry();
    frame.moveRight(qMin(frame.right(), available.right()));
    frame.moveBottom(qMin(frame.bottom(), available.bottom()));
    frame.moveLeft(qMax(frame.left(), available.left()));
    frame.moveTop(qMax(frame.top(), available.top()));
    if (frame.topLeft() != frameGeometry().topLeft())
        move(frame.topLeft());
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(kGeometry, saveGeometry());
    m_settings->setValue(kState, saveState());
    m_settings->setValue(kSplitter, m_accountsPage->saveState());
    QMainWindow::closeEvent(event);
}
