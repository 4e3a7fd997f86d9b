#include "NoticeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

NoticeBar::NoticeBar(const QString &accessibleName, QWidget *parent)
    : QFrame(parent)
{
    setAccessibleName(accessibleName);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(accessibleName);
    m_action = new QPushButton(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    connect(m_action, &QPushButton::clicked, this, &NoticeBar::actionTriggered);
    hide();
}

void NoticeBar::showMessage(const QString &text, Tone tone, const QString &actionText)
{
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    // Tinted from the palette's own colours, so it follows light and dark themes.
    QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    QColor tint = tone == Tone::Error ? QColor(0xc5, 0x22, 0x1f) : tone == Tone::Warning ? QColor(0xd0, 0x8c, 0x00)
                                                                                         : QColor(0x2a, 0x6f, 0xdb);
    QColor base = pal.color(QPalette::Window);
    const qreal mix = dark ? 0.35 : 0.18;
    pal.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * (1 - mix) + tint.redF() * mix,
                                                    base.greenF() * (1 - mix) + tint.greenF() * mix,
                                                    base.blueF() * (1 - mix) + tint.blueF() * mix));
    setPalette(pal);
    show();
}

void NoticeBar::clear()
{
    m_label->clear();
    hide();
}

QString NoticeBar::text() const { return isHidden() ? QString() : m_label->text(); }
