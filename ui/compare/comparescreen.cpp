// SPDX-License-Identifier: MIT
#include "comparescreen.h"

#include "comparisonmodel.h"
#include "content/contentstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace crossroads::ui {

namespace {

class ComparisonFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString category;
    bool differencesOnly = false;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex idx = sourceModel()->index(row, 0, parent);
        if (!category.isEmpty() && idx.data(ComparisonModel::CategoryRole).toString() != category)
            return false;
        if (differencesOnly && !idx.data(ComparisonModel::DiffersRole).toBool())
            return false;
        const QRegularExpression re = filterRegularExpression();
        if (re.pattern().isEmpty())
            return true;
        for (int c = 0; c < sourceModel()->columnCount(); ++c)
            if (sourceModel()->index(row, c, parent).data().toString().contains(re))
                return true;
        return false;
    }
};

} // namespace

CompareScreen::CompareScreen(ContentStore &content, QWidget *parent) : QWidget(parent)
{
    m_model = new ComparisonModel(content, this);
    auto *filter = new ComparisonFilter(this);
    filter->setSourceModel(m_model);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy = filter;

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter rows, e.g. admin or async"));
    m_filter->setAccessibleName(tr("Filter comparison rows"));
    m_filter->setClearButtonEnabled(true);
    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), QString());
    const auto categories = content.isOpen() ? content.categories() : QList<ComparisonCategory>();
    for (const ComparisonCategory &c : categories)
        m_category->addItem(c.title, c.id);
    m_differencesOnly = new QCheckBox(tr("&Differences only"), this);
    m_fastApi = new QCheckBox(tr("Show Fast&API"), this);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_category);
    bar->addWidget(m_differencesOnly);
    bar->addWidget(m_fastApi);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("Comparison table"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnWidth(ComparisonModel::Topic, 180);
    m_table->setColumnWidth(ComparisonModel::Django, 300);
    m_table->setColumnWidth(ComparisonModel::Flask, 300);
    m_table->setColumnWidth(ComparisonModel::FastApi, 240);
    m_table->setColumnWidth(ComparisonModel::Favours, 110);
    m_table->setColumnHidden(ComparisonModel::FastApi, true);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("rowDetails"));
    m_details->setAccessibleName(tr("Row details"));
    m_details->setOpenExternalLinks(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &CompareScreen::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CompareScreen::applyFilter);
    connect(m_differencesOnly, &QCheckBox::toggled, this, &CompareScreen::applyFilter);
    connect(m_fastApi, &QCheckBox::toggled, this,
            [this](bool on) { m_table->setColumnHidden(ComparisonModel::FastApi, !on); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CompareScreen::showDetails);
    m_table->resizeRowsToContents();
}

int CompareScreen::visibleRows() const
{
    return m_proxy->rowCount();
}

void CompareScreen::applyFilter()
{
    auto *filter = static_cast<ComparisonFilter *>(m_proxy);
    filter->category = m_category->currentData().toString();
    filter->differencesOnly = m_differencesOnly->isChecked();
    filter->setFilterRegularExpression(QRegularExpression(
        QRegularExpression::escape(m_filter->text().trimmed()), QRegularExpression::CaseInsensitiveOption));
    filter->refresh();
    m_table->resizeRowsToContents();
}

void CompareScreen::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const ComparisonRow &r = m_model->row(current.row());
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b> %3</p>")
                       .arg(r.topic.toHtmlEscaped(), tr("What this means for you:").toHtmlEscaped(),
                            r.meaning.toHtmlEscaped());
    if (r.claim != QStringLiteral("fact"))
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(r.claim == QStringLiteral("opinion")
                             ? tr("This row is an opinion, not a measured fact.")
                             : tr("This row is an anecdote, not a measured fact."));
    const QJsonArray sources = QJsonDocument::fromJson(r.sourcesJson.toUtf8()).array();
    if (!sources.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Sources").toHtmlEscaped());
        for (const auto &v : sources) {
            const QJsonObject s = v.toObject();
            html += QStringLiteral("<li><a href=\"%1\">%2</a>: %3 <small>(%4 %5)</small></li>")
                        .arg(s.value(QStringLiteral("url")).toString().toHtmlEscaped(),
                             s.value(QStringLiteral("title")).toString().toHtmlEscaped(),
                             s.value(QStringLiteral("says")).toString().toHtmlEscaped(), tr("checked"),
                             s.value(QStringLiteral("checked")).toString().toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
}

} // namespace crossroads::ui
