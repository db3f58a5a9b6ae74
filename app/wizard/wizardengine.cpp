// SPDX-License-Identifier: MIT
#include "wizardengine.h"

#include <QJsonArray>
#include <QtAlgorithms>

#include <algorithm>
#include <cmath>

namespace crossroads {

namespace {

// How many reasons each side of the explanation gets.
constexpr int TopReasons = 3;

// Scores are rounded so that fractional weights summed in a different order still compare equal.
double rounded(double score)
{
    return std::round(score * 1e6) / 1e6;
}

struct Chosen
{
    int question;
    int answer;
    int order; // position in question-then-answer order, the last tie-breaker for sorting
};

} // namespace

QString confidenceName(WizardConfidence confidence)
{
    switch (confidence) {
    case WizardConfidence::Clear:
        return QStringLiteral("clear");
    case WizardConfidence::Likely:
        return QStringLiteral("likely");
    case WizardConfidence::CloseCall:
        break;
    }
    return QStringLiteral("close call");
}

QString WizardReason::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Rule:
        return QStringLiteral("rule");
    case Kind::For:
        return QStringLiteral("for");
    case Kind::Against:
        return QStringLiteral("against");
    case Kind::TieBreak:
        return QStringLiteral("tie_break");
    case Kind::HowToDecide:
        break;
    }
    return QStringLiteral("how_to_decide");
}

QJsonObject WizardReason::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("option"), option}};
    if (!question.isEmpty()) {
        o.insert(QStringLiteral("question"), question);
        o.insert(QStringLiteral("answer"), answer);
    }
    if (kind == Kind::For || kind == Kind::Against)
        o.insert(QStringLiteral("weight"), weight);
    o.insert(QStringLiteral("text"), text);
    return o;
}

QString WizardFlipPoint::changeName(Change change)
{
    switch (change) {
    case Change::Add:
        return QStringLiteral("add");
    case Change::Remove:
        return QStringLiteral("remove");
    case Change::Set:
        break;
    }
    return QStringLiteral("set");
}

WizardProfile WizardFlipPoint::applyTo(const WizardProfile &profile) const
{
    WizardProfile out = profile;
    QStringList values = profile.values(question);
    switch (change) {
    case Change::Set:
        values = {answer};
        break;
    case Change::Add:
        if (!values.contains(answer))
            values.append(answer);
        break;
    case Change::Remove:
        values.removeAll(answer);
        break;
    }
    out.set(question, values);
    return out;
}

QJsonObject WizardFlipPoint::toJson() const
{
    return {{QStringLiteral("question"), question},
            {QStringLiteral("answer"), answer},
            {QStringLiteral("change"), changeName(change)},
            {QStringLiteral("recommendation"), recommendation},
            {QStringLiteral("text"), text}};
}

double WizardDecision::margin() const
{
    if (winner() < 0 || runnerUp() < 0)
        return 0;
    return rounded(scores.at(winner()) - scores.at(runnerUp()));
}

bool WizardRecommendation::operator==(const WizardRecommendation &o) const
{
    return recommendation == o.recommendation && runnerUp == o.runnerUp && scores == o.scores &&
           ranking == o.ranking && margin == o.margin && confidence == o.confidence && tie == o.tie &&
           gated == o.gated && reasons == o.reasons && flipPoints == o.flipPoints &&
           steadyQuestions == o.steadyQuestions && path == o.path;
}

double WizardRecommendation::score(const QString &option) const
{
    for (const auto &s : scores)
        if (s.first == option)
            return s.second;
    return 0;
}

QJsonObject WizardRecommendation::toJson() const
{
    QJsonObject scoreObject;
    for (const auto &s : scores)
        scoreObject.insert(s.first, s.second);
    QJsonArray reasonArray;
    for (const WizardReason &r : reasons)
        reasonArray.append(r.toJson());
    QJsonArray flipArray;
    for (const WizardFlipPoint &f : flipPoints)
        flipArray.append(f.toJson());
    return {{QStringLiteral("recommendation"), recommendation},
            {QStringLiteral("scores"), scoreObject},
            {QStringLiteral("confidence"), confidenceName(confidence)},
            {QStringLiteral("reasons"), reasonArray},
            {QStringLiteral("flip_points"), flipArray},
            {QStringLiteral("path"), QJsonArray::fromStringList(path)}};
}

WizardEngine::WizardEngine(WizardKnowledge knowledge) : m_knowledge(std::move(knowledge))
{
    const int n = int(m_knowledge.options().size());
    for (const WizardQuestion &q : m_knowledge.questions()) {
        m_firstAnswer.push_back(int(m_deltas.size()) / n);
        for (const WizardAnswer &a : q.answers)
            m_deltas.insert(m_deltas.end(), a.delta.begin(), a.delta.end());
    }
}

QString WizardEngine::optionTitle(const QString &id) const
{
    const int i = m_knowledge.optionIndex(id);
    return i < 0 ? id : m_knowledge.options().at(i).title;
}

QString WizardEngine::answerText(const WizardProfile &profile, const QString &questionKey) const
{
    const int qi = m_knowledge.questionIndex(questionKey);
    if (qi < 0)
        return {};
    QStringList labels;
    for (const WizardAnswer &a : m_knowledge.questions().at(qi).answers)
        if (profile.contains(questionKey, a.value))
            labels.append(a.label);
    return labels.isEmpty() ? tr("No preference") : labels.join(QStringLiteral("; "));
}

QString WizardEngine::reasonText(int question, int answer, int option) const
{
    for (const WizardWeight &w : m_knowledge.questions().at(question).answers.at(answer).weights)
        if (w.option == option)
            return w.reason;
    return {};
}

WizardEngine::Selection WizardEngine::select(const WizardProfile &profile) const
{
    const auto &questions = m_knowledge.questions();
    Selection sel;
    for (int qi = 0; qi < questions.size(); ++qi) {
        const WizardQuestion &q = questions.at(qi);
        for (const QString &v : profile.values(q.key)) {
            const int ai = q.answerIndex(v);
            if (ai < 0)
                continue;
            sel.masks[qi] |= quint32(1) << ai;
            if (!q.multi)
                break;
        }
    }
    return sel;
}

WizardDecision WizardEngine::decide(const WizardProfile &profile) const
{
    return decide(select(profile));
}

void WizardEngine::scores(const Selection &sel, double *out) const
{
    const int n = int(m_knowledge.options().size());
    const int questions = int(m_firstAnswer.size());
    const double *deltas = m_deltas.data();
    const int *first = m_firstAnswer.data();
    for (int o = 0; o < n; ++o)
        out[o] = m_knowledge.options().at(o).prior;
    for (int qi = 0; qi < questions; ++qi) {
        for (quint32 mask = sel.masks[qi]; mask; mask &= mask - 1) {
            const double *d = deltas + (first[qi] + int(qCountTrailingZeroBits(mask))) * n;
            for (int o = 0; o < n; ++o)
                out[o] += d[o];
        }
    }
    for (int o = 0; o < n; ++o)
        out[o] = rounded(out[o]);
}

int WizardEngine::firedGate(const Selection &sel) const
{
    const auto &gates = m_knowledge.gates();
    for (int gi = 0; gi < gates.size(); ++gi) {
        const WizardGate &g = gates.at(gi);
        const bool fires = std::all_of(g.when.begin(), g.when.end(), [&](const QPair<int, int> &c) {
            return (sel.masks[c.first] >> c.second) & 1u;
        });
        if (fires)
            return gi;
    }
    return -1;
}

int WizardEngine::winner(const Selection &sel) const
{
    if (const int gate = firedGate(sel); gate >= 0)
        return m_knowledge.gates().at(gate).option;
    double s[WizardKnowledge::MaxOptions];
    scores(sel, s);
    const int n = int(m_knowledge.options().size());
    int best = 0;
    // The first of equal scores wins: the content's option order is the documented tie-break.
    for (int o = 1; o < n; ++o)
        if (s[o] > s[best])
            best = o;
    return best;
}

WizardDecision WizardEngine::decide(const Selection &sel) const
{
    const int n = int(m_knowledge.options().size());
    double s[WizardKnowledge::MaxOptions];
    scores(sel, s);
    WizardDecision d;
    d.scores.append(s, n);

    // Insertion sort, stable: equal scores keep the content's option order.
    d.ranking.resize(n);
    for (int i = 0; i < n; ++i) {
        int j = i;
        while (j > 0 && s[d.ranking.at(j - 1)] < s[i]) {
            d.ranking[j] = d.ranking.at(j - 1);
            --j;
        }
        d.ranking[j] = i;
    }

    d.gate = firedGate(sel);
    if (d.gate >= 0) {
        const int option = m_knowledge.gates().at(d.gate).option;
        int at = 0;
        while (d.ranking.at(at) != option)
            ++at;
        for (; at > 0; --at)
            d.ranking[at] = d.ranking.at(at - 1);
        d.ranking[0] = option;
    } else if (n > 1) {
        d.tie = s[d.ranking.at(0)] == s[d.ranking.at(1)];
    }
    return d;
}

QSet<QString> WizardEngine::coveredSteps(const WizardProfile &profile) const
{
    return coveredSteps(select(profile));
}

QSet<QString> WizardEngine::coveredSteps(const Selection &sel) const
{
    QSet<QString> out;
    const auto &questions = m_knowledge.questions();
    for (int qi = 0; qi < questions.size(); ++qi)
        for (quint32 mask = sel[qi]; mask; mask &= mask - 1)
            for (const QString &s : questions.at(qi).answers.at(int(qCountTrailingZeroBits(mask))).covers)
                out.insert(s);
    return out;
}

QStringList WizardEngine::path(const WizardDecision &decision, const WizardProfile &profile) const
{
    return path(decision, select(profile));
}

QStringList WizardEngine::path(const WizardDecision &decision, const Selection &sel) const
{
    const auto &options = m_knowledge.options();
    const auto &paths = m_knowledge.paths();
    if (decision.winner() < 0)
        return {};
    const QString winner = options.at(decision.winner()).id;

    // Variants first: one named after an answer (flask+get_hired), then one named after the
    // next-best option (python-basics+flask: learn Python, then the framework that fits).
    QStringList candidates;
    const auto &questions = m_knowledge.questions();
    for (int qi = 0; qi < questions.size(); ++qi)
        for (quint32 mask = sel[qi]; mask; mask &= mask - 1)
            candidates.append(winner + u'+' +
                              questions.at(qi).answers.at(int(qCountTrailingZeroBits(mask))).value);
    for (int i = 1; i < decision.ranking.size(); ++i)
        candidates.append(winner + u'+' + options.at(decision.ranking.at(i)).id);
    candidates.append(winner);
    QStringList chosen;
    for (const QString &key : std::as_const(candidates)) {
        if (paths.contains(key)) {
            chosen = paths.value(key);
            break;
        }
    }
    if (chosen.isEmpty())
        qCWarning(lcWizard) << "no path for" << winner;

    const QSet<QString> covered = coveredSteps(sel);
    if (m_knowledge.steps().isEmpty()) {
        QStringList out;
        for (const QString &s : std::as_const(chosen))
            if (!covered.contains(s) && !out.contains(s))
                out.append(s);
        return out;
    }

    // Prerequisites come before the step that needs them, in roadmap order; steps the learner
    // already knows are left out, and a (malformed) cycle is cut rather than followed forever.
    enum State : char { Open, Visiting, Done };
    QVarLengthArray<char, 32> state(m_knowledge.steps().size(), Open);
    for (const QString &s : covered)
        if (const int i = m_knowledge.stepIndex(s); i >= 0)
            state[i] = Done;
    QStringList out;
    struct Visitor
    {
        const WizardKnowledge &k;
        QVarLengthArray<char, 32> &state;
        QStringList &out;
        void visit(int i)
        {
            if (state.at(i) != Open)
                return;
            state[i] = Visiting;
            for (int r : k.requiresOf(i))
                visit(r);
            state[i] = Done;
            out.append(k.steps().at(i).id);
        }
    } visitor{m_knowledge, state, out};
    for (const QString &s : std::as_const(chosen)) {
        const int i = m_knowledge.stepIndex(s);
        if (i < 0)
            qCWarning(lcWizard) << "path step" << s << "is not on the roadmap; left out";
        else
            visitor.visit(i);
    }
    return out;
}

QList<WizardReason> WizardEngine::reasons(const Selection &sel, const WizardDecision &d) const
{
    const auto &options = m_knowledge.options();
    const auto &questions = m_knowledge.questions();
    const int win = d.winner();
    const int run = d.runnerUp();
    QList<WizardReason> out;
    if (win < 0)
        return out;

    QList<Chosen> chosen;
    for (int qi = 0; qi < questions.size(); ++qi)
        for (int ai = 0; ai < questions.at(qi).answers.size(); ++ai)
            if ((sel[qi] >> ai) & 1u)
                chosen.append({qi, ai, int(chosen.size())});
    auto delta = [&](const Chosen &c, int option) {
        return option < 0 ? 0.0 : questions.at(c.question).answers.at(c.answer).delta.at(option);
    };
    auto speaks = [&](const Chosen &c, int option) {
        return option >= 0 && questions.at(c.question).answers.at(c.answer).speaks.at(option);
    };
    auto reason = [&](WizardReason::Kind kind, const Chosen &c, int option) {
        return WizardReason{kind,
                            options.at(option).id,
                            questions.at(c.question).key,
                            questions.at(c.question).answers.at(c.answer).value,
                            delta(c, option),
                            reasonText(c.question, c.answer, option)};
    };

    if (d.gate >= 0) {
        const WizardGate &g = m_knowledge.gates().at(d.gate);
        const auto &first = g.when.first();
        out.append({WizardReason::Kind::Rule, options.at(win).id, questions.at(first.first).key,
                    questions.at(first.first).answers.at(first.second).value, 0, g.reason});
    }

    // For the winner: its strongest positive evidence, preferring what also sets it apart.
    QList<Chosen> pro;
    for (const Chosen &c : std::as_const(chosen))
        if (speaks(c, win) && delta(c, win) > 0)
            pro.append(c);
    std::stable_sort(pro.begin(), pro.end(), [&](const Chosen &a, const Chosen &b) {
        if (delta(a, win) != delta(b, win))
            return delta(a, win) > delta(b, win);
        return delta(a, win) - delta(a, run) > delta(b, win) - delta(b, run);
    });
    for (int i = 0; i < pro.size() && i < TopReasons; ++i)
        out.append(reason(WizardReason::Kind::For, pro.at(i), win));

    // Against the runner-up: the answers that favoured the winner over it most, in the
    // runner-up's own words.
    if (run >= 0) {
        QList<Chosen> con;
        for (const Chosen &c : std::as_const(chosen))
            if (speaks(c, run) && delta(c, win) - delta(c, run) > 0)
                con.append(c);
        std::stable_sort(con.begin(), con.end(), [&](const Chosen &a, const Chosen &b) {
            const double da = delta(a, win) - delta(a, run);
            const double db = delta(b, win) - delta(b, run);
            if (da != db)
                return da > db;
            return delta(a, run) < delta(b, run);
        });
        for (int i = 0; i < con.size() && i < TopReasons; ++i)
            out.append(reason(WizardReason::Kind::Against, con.at(i), run));
    }

    if (d.tie) {
        QStringList tied;
        for (int i : d.ranking)
            if (d.scores.at(i) == d.scores.at(win))
                tied.append(QStringLiteral("“%1”").arg(options.at(i).title));
        QStringList order;
        for (const WizardOption &o : options)
            order.append(o.title);
        out.append(
            {WizardReason::Kind::TieBreak,
             options.at(win).id,
             {},
             {},
             0,
             tr("%1 are tied at %2 points. A tie goes to the option listed first in the wizard (%3), an "
                "order that runs from the gentlest start to the most demanding, so when your answers "
                "cannot separate them the easier start is recommended: “%4”.")
                 .arg(tied.join(tr(" and ")))
                 .arg(d.scores.at(win))
                 .arg(order.join(QStringLiteral(", ")), options.at(win).title)});
    }

    if (d.gate < 0 && run >= 0 && d.margin() < m_knowledge.closeMargin()) {
        // The strongest reason on each side, so the learner can weigh them against each other.
        auto strongest = [&](int option) -> QString {
            const Chosen *best = nullptr;
            for (const Chosen &c : std::as_const(chosen))
                if (speaks(c, option) && delta(c, option) > 0 &&
                    (!best || delta(c, option) > delta(*best, option)))
                    best = &c;
            return best ? reasonText(best->question, best->answer, option) : QString();
        };
        const QString winTitle = options.at(win).title;
        const QString runTitle = options.at(run).title;
        QString text = d.tie
                           ? tr("“%1” and “%2” are level, so both are sound choices.").arg(winTitle, runTitle)
                           : tr("The scores of “%1” and “%2” are only %3 apart, so both are sound choices.")
                                 .arg(winTitle, runTitle, QString::number(d.margin()));
        const QString forWin = strongest(win);
        const QString forRun = strongest(run);
        if (!forWin.isEmpty() && !forRun.isEmpty())
            text += u' ' + tr("Weigh the strongest reason on each side. For “%1”: %2 For “%3”: %4")
                               .arg(winTitle, forWin, runTitle, forRun);
        text += u' ' + tr("Then try the first lesson of each and carry on with the one that feels clearer. "
                          "The flip points show which answers would tip the balance.");
        out.append({WizardReason::Kind::HowToDecide, options.at(win).id, {}, {}, 0, text});
    }
    return out;
}

void WizardEngine::flipPoints(const Selection &sel, const WizardDecision &d, WizardRecommendation &out) const
{
    const auto &options = m_knowledge.options();
    const auto &questions = m_knowledge.questions();
    const int win = d.winner();
    for (int qi = 0; qi < questions.size(); ++qi) {
        const WizardQuestion &q = questions.at(qi);
        bool flips = false;
        for (int ai = 0; ai < q.answers.size(); ++ai) {
            const quint32 bit = quint32(1) << ai;
            Selection changed = sel;
            WizardFlipPoint::Change change = WizardFlipPoint::Change::Set;
            if (q.multi) {
                changed.masks[qi] ^= bit;
                change = (sel[qi] & bit) ? WizardFlipPoint::Change::Remove : WizardFlipPoint::Change::Add;
            } else {
                if (sel[qi] == bit)
                    continue;
                changed.masks[qi] = bit;
            }
            const int other = winner(changed);
            if (other == win)
                continue;
            flips = true;
            const QString prompt = q.prompt;
            const QString label = q.answers.at(ai).label;
            const QString title = options.at(other).title;
            QString text;
            switch (change) {
            case WizardFlipPoint::Change::Set:
                text = tr("If your answer to “%1” were “%2”, the recommendation would be “%3”.")
                           .arg(prompt, label, title);
                break;
            case WizardFlipPoint::Change::Add:
                text = tr("If you also chose “%2” for “%1”, the recommendation would be “%3”.")
                           .arg(prompt, label, title);
                break;
            case WizardFlipPoint::Change::Remove:
                text =
                    tr("Without “%2” in “%1”, the recommendation would be “%3”.").arg(prompt, label, title);
                break;
            }
            out.flipPoints.append({q.key, q.answers.at(ai).value, change, options.at(other).id, text});
        }
        if (!flips)
            out.steadyQuestions.append(q.key);
    }
}

WizardRecommendation WizardEngine::recommend(const WizardProfile &profile) const
{
    const auto &options = m_knowledge.options();
    const Selection sel = select(profile);
    const WizardDecision d = decide(sel);
    WizardRecommendation out;
    out.recommendation = options.at(d.winner()).id;
    out.runnerUp = d.runnerUp() >= 0 ? options.at(d.runnerUp()).id : QString();
    for (int i = 0; i < options.size(); ++i)
        out.scores.append({options.at(i).id, d.scores.at(i)});
    for (int i : d.ranking)
        out.ranking.append(options.at(i).id);
    out.margin = d.margin();
    out.gated = d.gate >= 0;
    out.tie = d.tie;
    if (out.gated || out.margin >= m_knowledge.clearMargin())
        out.confidence = WizardConfidence::Clear;
    else if (out.margin < m_knowledge.closeMargin())
        out.confidence = WizardConfidence::CloseCall;
    else
        out.confidence = WizardConfidence::Likely;
    out.reasons = reasons(sel, d);
    flipPoints(sel, d, out);
    out.path = path(d, sel);
    return out;
}

} // namespace crossroads
