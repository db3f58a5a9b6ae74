// SPDX-License-Identifier: MIT
#include "searchscreen.h"

#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "search/searchservice.h"
#include "search/searchtext.h"
#include "searchresultdelegate.h"
#include "searchresultsmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace crossroads::ui {

namespace {

// Enough to fill the screen; a kind never crowds out the others.
constexpr int ResultLimit = 60;
constexpr int ResultsPerKind = 8;

QString link(const QString &target, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(target)), text.toHtmlEscaped());
}

} // namespace

SearchScreen::SearchScreen(ContentStore &content, LearnerStore &learner, QWidget *parent)
    : QWidget(parent), m_content(content), m_learner(learner)
{
    auto *layout = new QVBoxLayout(this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(
        tr("Search lessons, samples, the comparison, the glossary and your notes (Ctrl+K)"));
    m_query->setAccessibleName(tr("Search"));
    m_query->setClearButtonEnabled(true);
    QFont big = m_query->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_query->setFont(big);
    m_query->installEventFilter(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_status, &QLabel::linkActivated, this, &SearchScreen::suggestionActivated);

    m_model = new SearchResultsModel(this);
    m_results = new QTreeView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setItemsExpandable(false);
    m_results->setIndentation(0);
    m_results->setUniformRowHeights(false);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setMouseTracking(true);
    m_results->installEventFilter(this);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("searchDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_detail);

    m_service = new SearchService(m_content.path(), m_learner.path(), this);
    connect(m_service, &SearchService::finished, this, &SearchScreen::showResults);
    connect(m_query, &QLineEdit::textChanged, this, &SearchScreen::runQuery);
    connect(m_results, &QTreeView::clicked, this, &SearchScreen::openIndex);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SearchScreen::showDetail);
    runQuery();
}

SearchScreen::~SearchScreen() = default;

void SearchScreen::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchScreen::runQuery()
{
    SearchRequest request;
    request.text = m_query->text();
    request.limit = ResultLimit;
    request.perKind = ResultsPerKind;
    request.profile = m_learner.currentProfile();
    // Even an empty box is sent, so an older query still running cannot win afterwards.
    m_service->search(request);
}

void SearchScreen::showResults(const SearchResults &results)
{
    m_model->setResults(results);
    m_results->expandAll();
    QString status;
    if (!results.error.isEmpty()) {
        status = tr("Search is not available: %1").arg(results.error).toHtmlEscaped();
    } else if (results.text.trimmed().isEmpty()) {
        status = tr("Type to search. Down moves into the results, Enter opens one.").toHtmlEscaped();
    } else {
        QStringList parts;
        if (results.hits.isEmpty())
            parts.append(tr("No results for “%1”.").arg(results.text.trimmed()).toHtmlEscaped());
        else if (results.relaxed)
            parts.append(
                tr("Nothing contains all of the words; these results contain some of them.").toHtmlEscaped());
        else
            parts.append(
                (m_model->hitCount() == 1 ? tr("1 result") : tr("%1 results").arg(m_model->hitCount()))
                    .toHtmlEscaped());
        for (const SearchSuggestion &s : results.suggestions) {
            if (s.type == SearchSuggestion::Type::Spelling)
                parts.append(tr("Did you mean %1?")
                                 .toHtmlEscaped()
                                 .arg(link(QStringLiteral("search:") + s.text, s.text)));
            else
                parts.append(
                    tr("Glossary: %1").toHtmlEscaped().arg(link(QStringLiteral("search:") + s.text, s.text)));
        }
        if (results.hits.isEmpty() && results.suggestions.isEmpty())
            parts.append(tr("Try fewer words, or the start of a word.").toHtmlEscaped());
        if (results.bounded)
            parts.append(tr("Many more entries match; add a word to narrow the search.").toHtmlEscaped());
        status = parts.join(QStringLiteral("&nbsp;&nbsp; "));
    }
    m_status->setText(status);
    showDetail();
    emit resultsShown();
}

void SearchScreen::showDetail()
{
    const SearchHit *hit = m_model->hit(m_results->currentIndex());
    if (!hit) {
        m_detail->clear();
        return;
    }
    const QVariantMap &at = hit->location;
    const QString title = SearchMarks::plain(hit->title);
    QString text;
    if (hit->kind == QStringLiteral("lesson")) {
        if (at.contains(QStringLiteral("heading")))
            text = tr("Enter opens the lesson “%1” at “%2” (line %3).")
                       .arg(title, at.value(QStringLiteral("heading")).toString())
                       .arg(at.value(QStringLiteral("line")).toInt());
        else
            text = tr("Enter opens the lesson “%1”.").arg(title);
    } else if (hit->kind == QStringLiteral("sample")) {
        if (at.contains(QStringLiteral("file")))
            text = tr("Enter opens the sample with %1 line %2 highlighted (%3).")
                       .arg(at.value(QStringLiteral("file")).toString())
                       .arg(at.value(QStringLiteral("line")).toInt())
                       .arg(at.value(QStringLiteral("framework")).toString());
        else
            text = tr("Enter opens the sample “%1”.").arg(title);
    } else if (hit->kind == QStringLiteral("row")) {
        text = tr("Enter selects this row in Compare.");
    } else if (hit->kind == QStringLiteral("term")) {
        // No screen holds the glossary, so the definition is shown right here.
        QSqlQuery q(m_content.database());
        q.prepare(QStringLiteral("SELECT definition FROM terms WHERE id = ?"));
        q.addBindValue(hit->id);
        text = q.exec() && q.next() ? tr("%1: %2").arg(title, SearchText::fromMarkdown(q.value(0).toString()))
                                    : title;
    } else if (hit->kind == QStringLiteral("note")) {
        text = tr("Enter opens what this note is about: %1.").arg(title);
    } else {
        text = tr("Enter opens “%1”.").arg(title);
    }
    m_detail->setText(text);
}

void SearchScreen::suggestionActivated(const QString &target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    if (decoded.startsWith(QStringLiteral("search:"))) {
        m_query->setText(decoded.mid(7));
        m_query->setFocus(Qt::OtherFocusReason);
    }
}

bool SearchScreen::openIndex(const QModelIndex &index)
{
    const SearchHit *hit = m_model->hit(index);
    if (!hit)
        return false;
    emit openRequested(hit->kind, hit->id, hit->location);
    return true;
}

bool SearchScreen::openCurrent()
{
    QModelIndex index = m_results->currentIndex();
    if (!m_model->hit(index))
        index = m_model->firstHit();
    return openIndex(index);
}

bool SearchScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_query) {
        if (key->key() == Qt::Key_Down && m_model->hitCount() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            m_results->setCurrentIndex(m_model->firstHit());
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    } else if (watched == m_results) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Escape ||
            (key->key() == Qt::Key_Up && m_results->currentIndex() == m_model->firstHit())) {
            m_query->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace crossroads::ui
