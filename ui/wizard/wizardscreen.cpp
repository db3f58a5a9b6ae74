// SPDX-License-Identifier: MIT
#include "wizardscreen.h"

#include "content/contentstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace crossroads::ui {

WizardScreen::WizardScreen(ContentStore &content, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    auto *title = new QLabel(tr("Which framework should you learn first?"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    QString html;
    if (content.isOpen()) {
        QSqlQuery q(content.database());
        q.exec(QStringLiteral("SELECT json FROM documents WHERE kind = 'wizard'"));
        if (q.next()) {
            const QJsonArray questions = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                             .object()
                                             .value(QStringLiteral("questions"))
                                             .toArray();
            html = QStringLiteral("<p>%1</p><ol>")
                       .arg(tr("The wizard weighs your answers to %n question(s):", nullptr,
                               int(questions.size()))
                                .toHtmlEscaped());
            for (const auto &v : questions) {
                const QJsonObject o = v.toObject();
                html += QStringLiteral("<li><b>%1</b><br><small>%2</small></li>")
                            .arg(o.value(QStringLiteral("prompt")).toString().toHtmlEscaped(),
                                 o.value(QStringLiteral("why")).toString().toHtmlEscaped());
            }
            html += QStringLiteral("</ol>");
        }
    }
    if (html.isEmpty())
        html = tr("The wizard's questions are not in this content pack.").toHtmlEscaped();
    auto *body = new QLabel(html, this);
    body->setObjectName(QStringLiteral("wizardQuestions"));
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    layout->addWidget(body);
    layout->addStretch(1);
}

} // namespace crossroads::ui
