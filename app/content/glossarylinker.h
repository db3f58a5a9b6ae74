// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace crossroads {

// Links the first mention of each glossary term in a Markdown lesson to the term, so authors
// need not link by hand and no mention is missed. Code, headings and existing links are left
// alone, and a term the author already linked is not linked twice.
class GlossaryLinker final
{
public:
    struct Term
    {
        QString id;
        QString name;
        QStringList aliases;
    };

    explicit GlossaryLinker(const QList<Term> &terms);

    QString link(const QString &markdown) const;
    // Ids of the terms that the text mentions (outside code), linked or not.
    QStringList mentioned(const QString &markdown) const;

private:
    struct Pattern
    {
        QString id;
        QRegularExpression re;
    };
    QList<Pattern> m_patterns; // longest names first, so "HTTP method" wins over "HTTP"
};

} // namespace crossroads
