// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace crossroads {
class ContentStore;
}

namespace crossroads::ui {

class ComparisonModel;

// Django vs Flask as a filterable, sortable table with the selected row's details below.
class CompareScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareScreen)

public:
    explicit CompareScreen(ContentStore &content, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    int visibleRows() const;

private:
    void applyFilter();
    void showDetails();

    ComparisonModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_differencesOnly = nullptr;
    QCheckBox *m_fastApi = nullptr;
    QTextBrowser *m_details = nullptr;
};

} // namespace crossroads::ui
