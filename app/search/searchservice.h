// SPDX-License-Identifier: MIT
#pragma once

#include "searchresults.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace crossroads {

// Search as you type without ever blocking the window: queries run on a worker thread with a
// Searcher (and database connections) of its own, and the latest query wins. A query that
// arrives while another runs replaces any query still waiting, and results of a query that
// has since been replaced are never reported.
class SearchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchService)

public:
    SearchService(const QString &contentPath, const QString &learnerPath, QObject *parent = nullptr);
    ~SearchService() override;

    // Queues the request and returns its generation (also set in the results).
    quint64 search(SearchRequest request);
    quint64 latestGeneration() const { return m_generation; }

signals:
    // Only for the latest request; delivered in the thread that owns the service.
    void finished(const crossroads::SearchResults &results);

private:
    struct Shared;

    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; queued work runs there
    quint64 m_generation = 0;
};

} // namespace crossroads
