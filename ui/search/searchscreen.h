// SPDX-License-Identifier: MIT
#pragma once

#include <QVariantMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace crossroads {
class ContentStore;
class LearnerStore;
class SearchService;
struct SearchResults;
} // namespace crossroads

namespace crossroads::ui {

class SearchResultsModel;

// Search everything: lessons, samples, comparison rows, glossary terms, quiz questions, steps,
// projects, extensions, exercises and the learner's notes, grouped by kind as you type.
// Queries run on SearchService's worker thread, so typing never waits for the database.
//
// Keyboard: Down moves from the box into the results, Up from the first result back to the box,
// Enter opens the current result (in the box: the first one), Escape returns to the box.
class SearchScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchScreen)

public:
    SearchScreen(ContentStore &content, LearnerStore &learner, QWidget *parent = nullptr);
    ~SearchScreen() override;

    void focusQuery();
    QLineEdit *queryEdit() const { return m_query; }
    QTreeView *results() const { return m_results; }
    SearchResultsModel *model() const { return m_model; }
    QLabel *status() const { return m_status; }

    // Opens the current result, as Enter does; false when there is none.
    bool openCurrent();

signals:
    // kind and id of the item, and where in it to go (see SearchHit::location).
    void openRequested(const QString &kind, const QString &id, const QVariantMap &location);
    // Emitted when results for the current text have been shown.
    void resultsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runQuery();
    void showResults(const crossroads::SearchResults &results);
    void showDetail();
    void suggestionActivated(const QString &link);
    bool openIndex(const QModelIndex &index);

    ContentStore &m_content;
    LearnerStore &m_learner;
    SearchService *m_service = nullptr;
    SearchResultsModel *m_model = nullptr;
    QLineEdit *m_query = nullptr;
    QLabel *m_status = nullptr;
    QTreeView *m_results = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace crossroads::ui
