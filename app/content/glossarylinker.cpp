// SPDX-License-Identifier: MIT
#include "glossarylinker.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace crossroads {

namespace {

// A single lowercase word such as "app", "status" or "commit" is too common to link blindly;
// such aliases help search but are not used for automatic links.
bool linkable(const QString &name, bool isTermName)
{
    if (isTermName)
        return true;
    const bool oneWord = !name.contains(u' ');
    const bool lowercase = name == name.toLower();
    const bool letters = std::all_of(name.begin(), name.end(), [](QChar c) { return c.isLetter(); });
    return !(oneWord && lowercase && letters);
}

// Acronyms and identifiers (API, QuerySet, Jinja2) must match exactly; ordinary words match in
// any case, so "Middleware" also finds "middleware".
bool caseSensitive(const QString &name)
{
    return name.mid(1) != name.mid(1).toLower() || name.contains(u'_') || name.contains(u'.');
}

// Marks the parts of the text that must not get links: fenced and inline code, headings,
// existing links and images, and URLs.
std::vector<bool> protectedMask(const QString &text)
{
    std::vector<bool> mask(static_cast<std::size_t>(text.size()), false);
    const auto protect = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = std::max<qsizetype>(0, from); i < to && i < text.size(); ++i)
            mask[static_cast<std::size_t>(i)] = true;
    };
    static const QRegularExpression blocks(QStringLiteral(R"((?ms)^(```|~~~).*?^\1[^\n]*$|^#{1,6} [^\n]*$)"));
    static const QRegularExpression inlines(
        QStringLiteral(R"(`[^`\n]*`|!?\[[^\]\n]*\]\([^)\n]*\)|https?://\S+|<[^>\n]+>)"));
    for (const QRegularExpression *re : {&blocks, &inlines}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            protect(m.capturedStart(), m.capturedEnd());
        }
    }
    return mask;
}

} // namespace

GlossaryLinker::GlossaryLinker(const QList<Term> &terms)
{
    struct Entry
    {
        QString id;
        QString name;
    };
    std::vector<Entry> entries;
    for (const Term &t : terms) {
        entries.push_back({t.id, t.name});
        for (const QString &a : t.aliases)
            if (linkable(a, false))
                entries.push_back({t.id, a});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.name.size() > b.name.size(); });
    for (const Entry &e : entries) {
        QRegularExpression re(
            QStringLiteral(R"((?<![\w\-@./])%1(?![\w\-]))").arg(QRegularExpression::escape(e.name)),
            caseSensitive(e.name) ? QRegularExpression::NoPatternOption
                                  : QRegularExpression::CaseInsensitiveOption);
        re.optimize();
        m_patterns.append({e.id, re});
    }
}

QStringList GlossaryLinker::mentioned(const QString &markdown) const
{
    static const QRegularExpression code(QStringLiteral(R"((?ms)^(```|~~~).*?^\1[^\n]*$|`[^`\n]*`)"));
    QString prose = markdown;
    prose.replace(code, QStringLiteral(" "));
    QStringList out;
    for (const Pattern &p : m_patterns)
        if (!out.contains(p.id) && p.re.match(prose).hasMatch())
            out.append(p.id);
    return out;
}

QString GlossaryLinker::link(const QString &markdown) const
{
    std::vector<bool> mask = protectedMask(markdown);
    QSet<QString> done;
    static const QRegularExpression existing(QStringLiteral(R"(\]\(term:([a-z0-9-]+)\))"));
    auto it = existing.globalMatch(markdown);
    while (it.hasNext())
        done.insert(it.next().captured(1));

    struct Replacement
    {
        qsizetype start;
        qsizetype length;
        QString id;
    };
    std::vector<Replacement> replacements;
    for (const Pattern &p : m_patterns) {
        if (done.contains(p.id))
            continue;
        auto matches = p.re.globalMatch(markdown);
        while (matches.hasNext()) {
            const auto m = matches.next();
            const auto from = static_cast<std::size_t>(m.capturedStart());
            const auto to = static_cast<std::size_t>(m.capturedEnd());
            if (std::any_of(mask.begin() + static_cast<std::ptrdiff_t>(from),
                            mask.begin() + static_cast<std::ptrdiff_t>(to), [](bool b) { return b; }))
                continue;
            std::fill(mask.begin() + static_cast<std::ptrdiff_t>(from),
                      mask.begin() + static_cast<std::ptrdiff_t>(to), true);
            replacements.push_back({m.capturedStart(), m.capturedLength(), p.id});
            done.insert(p.id);
            break;
        }
    }
    std::sort(replacements.begin(), replacements.end(),
              [](const Replacement &a, const Replacement &b) { return a.start > b.start; });
    QString out = markdown;
    for (const Replacement &r : replacements) {
        const QString word = out.mid(r.start, r.length);
        out.replace(r.start, r.length, u'[' + word + QStringLiteral("](term:") + r.id + u')');
    }
    return out;
}

} // namespace crossroads
