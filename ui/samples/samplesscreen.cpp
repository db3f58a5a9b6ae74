// SPDX-License-Identifier: MIT
#include "samplesscreen.h"

#include "content/contentstore.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace crossroads::ui {

SamplesScreen::SamplesScreen(ContentStore &content, QWidget *parent) : QWidget(parent), m_content(content)
{
    auto *layout = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("sampleList"));
    m_list->setAccessibleName(tr("Code samples"));
    if (m_content.isOpen()) {
        const auto samples = m_content.samples();
        for (const SampleInfo &s : samples) {
            auto *item = new QListWidgetItem(
                s.collection == QStringLiteral("twin") ? tr("Twin app: %1").arg(s.title) : s.title, m_list);
            item->setData(Qt::UserRole, s.id);
            item->setToolTip(s.summary);
        }
    }

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    m_summary = new QLabel(right);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_summary);
    auto *code = new QHBoxLayout;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (auto [edit, title] : {std::pair{&m_flask, tr("Flask")}, std::pair{&m_django, tr("Django")}}) {
        auto *box = new QGroupBox(title, right);
        auto *boxLayout = new QVBoxLayout(box);
        *edit = new QPlainTextEdit(box);
        (*edit)->setReadOnly(true);
        (*edit)->setFont(mono);
        (*edit)->setLineWrapMode(QPlainTextEdit::NoWrap);
        (*edit)->setAccessibleName(tr("%1 code").arg(title));
        boxLayout->addWidget(*edit);
        code->addWidget(box);
    }
    rightLayout->addLayout(code, 1);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 800});
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showSample(item->data(Qt::UserRole).toString());
    });
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QString SamplesScreen::code(const QString &framework) const
{
    return framework == QStringLiteral("flask") ? m_flask->toPlainText() : m_django->toPlainText();
}

void SamplesScreen::showSample(const QString &id)
{
    const auto samples = m_content.samples();
    for (const SampleInfo &s : samples)
        if (s.id == id)
            m_summary->setText(s.summary);
    QSqlQuery q(m_content.database());
    q.prepare(
        QStringLiteral("SELECT framework, path, content FROM sample_files WHERE sample = ? AND shown = 1"
                       " ORDER BY framework, ord"));
    q.addBindValue(id);
    q.exec();
    QString flask;
    QString django;
    while (q.next()) {
        QString &target = q.value(0).toString() == QStringLiteral("flask") ? flask : django;
        target += QStringLiteral("# ── %1 ──\n%2\n")
                      .arg(q.value(1).toString(), QString::fromUtf8(q.value(2).toByteArray()));
    }
    m_flask->setPlainText(flask);
    m_django->setPlainText(django);
}

} // namespace crossroads::ui
