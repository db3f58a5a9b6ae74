// SPDX-License-Identifier: MIT
#include "searchscreen.h"

#include "content/contentstore.h"

#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace crossroads::ui {

SearchScreen::SearchScreen(ContentStore &content, QWidget *parent) : QWidget(parent), m_content(content)
{
    auto *layout = new QVBoxLayout(this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search lessons, samples, comparison rows and terms (Ctrl+K)"));
    m_query->setAccessibleName(tr("Search"));
    m_query->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    connect(m_query, &QLineEdit::textChanged, this, &SearchScreen::runQuery);
}

void SearchScreen::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchScreen::runQuery(const QString &text)
{
    m_results->clear();
    if (!m_content.isOpen())
        return;
    // Each word becomes a quoted prefix term, so typing never produces FTS5 syntax errors.
    QStringList terms;
    const auto words = text.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
    for (const QString &w : words)
        terms.append(u'"' + w + QStringLiteral("\"*"));
    if (terms.isEmpty())
        return;
    QSqlQuery q(m_content.database());
    q.prepare(QStringLiteral(
        "SELECT kind, ref, title FROM search WHERE search MATCH ? ORDER BY bm25(search, 0, 0, 5, 1)"
        " LIMIT 50"));
    q.addBindValue(terms.join(u' '));
    if (!q.exec())
        return;
    while (q.next()) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(q.value(2).toString(), q.value(0).toString()), m_results);
        item->setData(Qt::UserRole, q.value(1));
    }
}

} // namespace crossroads::ui
