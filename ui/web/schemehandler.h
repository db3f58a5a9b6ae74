// SPDX-License-Identifier: MIT
#pragma once

#include "web/webprofile.h"

#include <QHash>
#include <QWebEngineUrlSchemeHandler>

namespace crossroads::ui {

// Answers crossroads:// requests: "static" from the bundled resources (:/crossroads/web/),
// every other host from the WebSource registered for it. Only GET is served.
class SchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemeHandler)

public:
    explicit SchemeHandler(QObject *parent = nullptr);

    bool setSource(const QString &host, WebSource source);
    void removeSource(const QString &host) { m_sources.remove(host); }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // What the handler would answer for `url`, without a job (used by requestStarted and tests).
    std::optional<WebResource> resolve(const QUrl &url) const;

private:
    QHash<QString, WebSource> m_sources;
};

} // namespace crossroads::ui
