#include "LoginPanel.h"

#include "LoginController.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

LoginPanel::LoginPanel(LoginController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setAccessibleName(tr("Login"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Login status"));
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);

    // While waiting for the browser.
    m_waitingBox = new QWidget(this);
    auto *waiting = new QVBoxLayout(m_waitingBox);
    m_busy = new QProgressBar(m_waitingBox);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Waiting for the browser"));
    waiting->addWidget(m_busy);
    auto *linkRow = new QHBoxLayout;
    m_openAgain = new QPushButton(tr("&Open login page again"), m_waitingBox);
    m_copyLink = new QPushButton(tr("&Copy login link"), m_waitingBox);
    m_copyLink->setToolTip(tr("Copy the login page's address to open it in another browser."));
    linkRow->addStretch();
    linkRow->addWidget(m_openAgain);
    linkRow->addWidget(m_copyLink);
    linkRow->addStretch();
    waiting->addLayout(linkRow);
    auto *pasteLabel = new QLabel(tr("If the browser cannot return to Capsuleer by itself, paste the address your "
                                     "browser ended on:"), m_waitingBox);
    pasteLabel->setWordWrap(true);
    waiting->addWidget(pasteLabel);
    auto *pasteRow = new QHBoxLayout;
    m_pasted = new QLineEdit(m_waitingBox);
    m_pasted->setPlaceholderText(tr("Paste the address your browser ended on"));
    m_pasted->setAccessibleName(tr("Address your browser ended on"));
    pasteLabel->setBuddy(m_pasted);
    m_continue = new QPushButton(tr("Co&ntinue"), m_waitingBox);
    pasteRow->addWidget(m_pasted, 1);
    pasteRow->addWidget(m_continue);
    waiting->addLayout(pasteRow);
    m_pasteError = new QLabel(m_waitingBox);
    m_pasteError->setWordWrap(true);
    m_pasteError->setAccessibleName(tr("Paste problem"));
    m_pasteError->hide();
    waiting->addWidget(m_pasteError);
    m_cancel = new QPushButton(tr("Cancel"), m_waitingBox);
    auto *cancelRow = new QHBoxLayout;
    cancelRow->addStretch();
    cancelRow->addWidget(m_cancel);
    waiting->addLayout(cancelRow);
    layout->addWidget(m_waitingBox);

    // After a failure.
    m_problemBox = new QWidget(this);
    auto *problemLayout = new QVBoxLayout(m_problemBox);
    m_problem = new QLabel(m_problemBox);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Login problem"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problemLayout->addWidget(m_problem);
    auto *problemButtons = new QHBoxLayout;
    m_retry = new QPushButton(tr("&Try again"), m_problemBox);
    m_pasteOnly = new QPushButton(tr("Log in by &pasting the address"), m_problemBox);
    m_pasteOnly->setToolTip(tr("Log in without the callback port: you paste the address the browser ends on."));
    m_back = new QPushButton(tr("&Back"), m_problemBox);
    problemButtons->addStretch();
    problemButtons->addWidget(m_retry);
    problemButtons->addWidget(m_pasteOnly);
    problemButtons->addWidget(m_back);
    problemLayout->addLayout(problemButtons);
    layout->addWidget(m_problemBox);
    layout->addStretch();

    connect(m_cancel, &QPushButton::clicked, m_controller, &LoginController::cancel);
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_controller->loginUrl().toString(QUrl::FullyEncoded));
        m_copyLink->setText(tr("Login link copied"));
    });
    connect(m_openAgain, &QPushButton::clicked, this,
            [this] { m_controller->openBrowserAgain(); });
    connect(m_continue, &QPushButton::clicked, this, &LoginPanel::submitPastedAddress);
    connect(m_pasted, &QLineEdit::returnPressed, this, &LoginPanel::submitPastedAddress);
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(true); });
    connect(m_pasteOnly, &QPushButton::clicked, this, [this] { emit retryRequested(false); });
    connect(m_back, &QPushButton::clicked, this, &LoginPanel::dismissed);
    connect(m_controller, &LoginController::waitingForBrowser, this, &LoginPanel::showWaiting);
    connect(m_controller, &LoginController::failed, this, &LoginPanel::showProblem);
}

void LoginPanel::prepare(const QString &characterName)
{
    m_characterName = characterName;
    m_title->setText(characterName.isEmpty() ? tr("Connecting to EVE's login server…")
                                             : tr("Logging %1 in again…").arg(characterName));
    m_explanation->clear();
    m_waitingBox->show();
    m_problemBox->hide();
    m_busy->show();
    m_copyLink->setEnabled(false);
    m_openAgain->setEnabled(false);
    m_copyLink->setText(tr("&Copy login link"));
    m_pasted->clear();
    m_pasteError->hide();
    m_cancel->setFocus();
}

void LoginPanel::showWaiting(const QUrl &, bool browserOpened)
{
    m_title->setText(tr("Complete the login in your browser"));
    QString text = browserOpened
        ? tr("EVE's login page is open in your browser. Log in, choose the character and press Authorize; "
             "Capsuleer continues by itself.")
        : tr("No browser could be opened. Copy the login link, open it in your browser, log in and press Authorize.");
    if (!m_characterName.isEmpty())
        text += QLatin1Char(' ') + tr("Choose %1 on the login page.").arg(m_characterName);
    m_explanation->setText(text);
    m_copyLink->setEnabled(true);
    m_openAgain->setEnabled(true);
}

void LoginPanel::showProblem(const LoginProblem &problem)
{
    if (problem.error.kind == EveSso::SsoError::Kind::Cancelled) {
        emit dismissed();
        return;
    }
    // Pressing Cancel on EVE's page is the player's choice, not a failure.
    m_title->setText(problem.error.kind == EveSso::SsoError::Kind::AccessDenied
                         ? tr("The login was cancelled in the browser")
                         : tr("The login did not work"));
    m_explanation->clear();
    LoginProblem shown = problem;
    if (problem.error.kind == EveSso::SsoError::Kind::WrongCharacter && !m_characterName.isEmpty()) {
        shown.advice = tr("This login is for %1: choose %1 in the browser. If the browser logged you in to another "
                          "EVE account, log out at the EVE login page first.")
                           .arg(m_characterName);
    }
    m_problem->setText(shown.text());
    m_waitingBox->hide();
    m_problemBox->show();
    m_pasteOnly->setVisible(problem.offerManualFallback);
    m_retry->setFocus();
}

void LoginPanel::submitPastedAddress()
{
    if (m_controller->completeManually(m_pasted->text())) {
        m_pasteError->hide();
        m_title->setText(tr("Checking the login…"));
        return;
    }
    m_pasteError->setText(tr("This address carries no login answer. After pressing Authorize, copy the whole "
                             "address from the browser's address bar (it starts with %1).")
                              .arg(QStringLiteral("http://localhost")));
    m_pasteError->show();
}

QString LoginPanel::problemText() const
{
    return m_problemBox->isHidden() ? QString() : m_problem->text();
}
