// SPDX-License-Identifier: MIT
#include "searchservice.h"

#include "searcher.h"

#include <QMutex>
#include <QMutexLocker>

#include <optional>

namespace crossroads {

struct SearchService::Shared
{
    QString contentPath;
    QString learnerPath;
    QMutex mutex;
    std::optional<SearchRequest> pending; // guarded by mutex
    std::unique_ptr<Searcher> searcher;   // used in the worker thread only

    std::optional<SearchRequest> take()
    {
        QMutexLocker lock(&mutex);
        std::optional<SearchRequest> r = std::move(pending);
        pending.reset();
        return r;
    }
};

SearchService::SearchService(const QString &contentPath, const QString &learnerPath, QObject *parent)
    : QObject(parent), m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<crossroads::SearchResults>();
    m_shared->contentPath = contentPath;
    m_shared->learnerPath = learnerPath;
    m_thread.setObjectName(QStringLiteral("crossroads-search"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

SearchService::~SearchService()
{
    // The Searcher's connections belong to the worker thread, so they are closed there.
    std::shared_ptr<Shared> shared = m_shared;
    QMetaObject::invokeMethod(
        m_context, [shared] { shared->searcher.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 SearchService::search(SearchRequest request)
{
    request.generation = ++m_generation;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->pending = request;
    }
    std::shared_ptr<Shared> shared = m_shared;
    QMetaObject::invokeMethod(
        m_context,
        [this, shared] {
            // Many requests may have queued this call; whichever runs first takes the latest
            // request and the others find nothing to do.
            const std::optional<SearchRequest> next = shared->take();
            if (!next)
                return;
            if (!shared->searcher)
                shared->searcher = std::make_unique<Searcher>(shared->contentPath, shared->learnerPath);
            const SearchResults results = shared->searcher->search(*next);
            QMetaObject::invokeMethod(
                this,
                [this, results] {
                    if (results.generation == m_generation)
                        emit finished(results);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return request.generation;
}

} // namespace crossroads
