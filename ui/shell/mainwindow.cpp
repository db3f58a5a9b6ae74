// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "compare/comparescreen.h"
#include "content/contentstore.h"
#include "exercise/exercisescreen.h"
#include "home/homescreen.h"
#include "learner/learnerstore.h"
#include "learner/settings.h"
#include "packs/packimportflow.h"
#include "packs/packregistry.h"
#include "progress/learnerdataactions.h"
#include "progress/progressscreen.h"
#include "roadmap/roadmapscreen.h"
#include "samples/samplesscreen.h"
#include "search/searchnavigation.h"
#include "search/searchscreen.h"
#include "settings/appearance.h"
#include "settings/settingsdialog.h"
#include "version.h"
#include "wizard/wizardscreen.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

namespace crossroads::ui {

MainWindow::MainWindow(ContentStore &content, LearnerStore &learner, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_content(content), m_learner(learner), m_settings(settings)
{
    setWindowTitle(tr("Crossroads"));
    setObjectName(QStringLiteral("mainWindow"));

    m_entries = {
        {QStringLiteral("home"), tr("Home"), QStringLiteral("home"),
         [this] {
             auto *w = new HomeScreen(m_content, m_learner);
             connect(w, &HomeScreen::navigate, this, &MainWindow::showScreen);
             return w;
         }},
        {QStringLiteral("compare"), tr("Compare"), QStringLiteral("compare"),
         [this] {
             return new CompareScreen(m_content);
         }},
        {QStringLiteral("samples"), tr("Samples"), QStringLiteral("samples"),
         [this] {
             return new SamplesScreen(m_content);
         }},
        {QStringLiteral("roadmap"), tr("Roadmap"), QStringLiteral("roadmap"),
         [this] {
             return new RoadmapScreen(m_content, m_learner);
         }},
        {QStringLiteral("exercises"), tr("Exercises"), QStringLiteral("exercise"),
         [this] {
             auto *w = new ExerciseScreen(m_content, m_learner, m_settings);
             // An app link in the instructions opens the screen that shows that kind of item.
             connect(w, &ExerciseScreen::appLinkActivated, this, [this](const QUrl &url) {
                 const QString kind = url.scheme();
                 showScreen(kind == QStringLiteral("sample") ? QStringLiteral("samples")
                            : kind == QStringLiteral("row")  ? QStringLiteral("compare")
                                                             : QStringLiteral("roadmap"));
             });
             return w;
         }},
        {QStringLiteral("wizard"), tr("Wizard"), QStringLiteral("wizard"),
         [this] {
             return new WizardScreen(m_content, m_learner);
         }},
        {QStringLiteral("progress"), tr("Progress"), QStringLiteral("progress"),
         [this] {
             return new ProgressScreen(m_content, m_learner, findChild<LearnerDataActions *>());
         }},
        {QStringLiteral("search"), tr("Search"), QStringLiteral("search"),
         [this] {
             auto *w = new SearchScreen(m_content, m_learner);
             // A result opens on the screen that shows its kind (see SearchNavigation).
             connect(w, &SearchScreen::openRequested, this,
                     [this](const QString &kind, const QString &id, const QVariantMap &location) {
                         const QString screen = SearchNavigation::screenFor(kind, location);
                         if (screen.isEmpty())
                             return;
                         showScreen(screen);
                         SearchNavigation::open(screenWidget(screen), kind, id, location);
                     });
             return w;
         }},
    };

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Screens"));
    m_nav->setFixedWidth(170);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("screens"));
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    for (const ScreenEntry &e : std::as_const(m_entries)) {
        auto *item =
            new QListWidgetItem(QIcon(QStringLiteral(":/crossroads/ui/%1.svg").arg(e.icon)), e.title, m_nav);
        item->setData(Qt::UserRole, e.id);
        item->setSizeHint(QSize(0, 36));
        // Screens are created on first visit; a placeholder keeps stack indexes aligned with the list.
        m_stack->addWidget(new QWidget(m_stack));
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_entries.size())
            showScreen(m_entries.at(row).id);
    });

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    if (m_content.isOpen())
        m_status->setText(
            tr("Content %1 %2")
                .arg(m_content.meta(QStringLiteral("title")), m_content.meta(QStringLiteral("version"))));

    // Applies the learner's theme and text size now and whenever Settings changes them.
    new Appearance(m_settings, this);
    buildMenus();

    const QByteArray geometry = m_settings.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(available.boundedTo(QSize(1200, 760)));
    }
    restoreState(m_settings.windowState());
    showScreen(m_settings.lastScreen());
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::screenIds()
{
    return {QStringLiteral("home"),     QStringLiteral("compare"),   QStringLiteral("samples"),
            QStringLiteral("roadmap"),  QStringLiteral("exercises"), QStringLiteral("wizard"),
            QStringLiteral("progress"), QStringLiteral("search")};
}

int MainWindow::indexOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == id)
            return i;
    return -1;
}

void MainWindow::showScreen(const QString &requested)
{
    int index = indexOf(requested);
    if (index < 0)
        index = 0;
    const ScreenEntry &entry = m_entries.at(index);
    QWidget *w = m_screens.value(entry.id);
    if (!w) {
        w = entry.create();
        w->setObjectName(entry.id + QStringLiteral("Screen"));
        w->setAccessibleName(entry.title);
        QWidget *placeholder = m_stack->widget(index);
        m_stack->removeWidget(placeholder);
        placeholder->deleteLater();
        m_stack->insertWidget(index, w);
        m_screens.insert(entry.id, w);
    }
    m_stack->setCurrentIndex(index);
    if (m_nav->currentRow() != index)
        m_nav->setCurrentRow(index);
}

QString MainWindow::currentScreen() const
{
    const int i = m_stack->currentIndex();
    return i >= 0 && i < m_entries.size() ? m_entries.at(i).id : QString();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importPack = file->addAction(tr("&Import content pack..."), this, [this] {
        auto *flow = new PackImportFlow(PackRegistry::defaultDir(), this);
        connect(flow, &PackImportFlow::finished, flow, &QObject::deleteLater);
        flow->start();
    });
    importPack->setObjectName(QStringLiteral("importContentPackAction"));
    // The learner's data: export, import, automatic backups and restoring one.
    auto *learnerData = new LearnerDataActions(m_learner, m_settings, this);
    connect(learnerData, &LearnerDataActions::message, m_status, &QLabel::setText);
    file->addSeparator();
    file->addAction(learnerData->exportAction());
    file->addAction(learnerData->importAction());
    file->addAction(learnerData->restoreAction());
    learnerData->startAutomaticBackups();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *preferences = edit->addAction(tr("&Settings..."), this, [this] {
        auto *dialog = findChild<SettingsDialog *>();
        if (!dialog) {
            dialog = new SettingsDialog(m_settings, m_learner.path(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->open();
    });
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    auto *appearance = findChild<Appearance *>();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &in"), appearance, &Appearance::zoomIn);
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(QKeySequence::ZoomIn)});
    QAction *zoomOut = view->addAction(tr("Zoom &out"), appearance, &Appearance::zoomOut);
    zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    QAction *actualSize = view->addAction(tr("&Actual text size"), appearance, &Appearance::resetZoom);
    actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString id = m_entries.at(i).id;
        QAction *a = go->addAction(m_entries.at(i).title, this, [this, id] { showScreen(id); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    go->addSeparator();
    QAction *find = go->addAction(tr("Search &everything"), this, [this] {
        showScreen(QStringLiteral("search"));
        if (auto *s = qobject_cast<SearchScreen *>(screenWidget(QStringLiteral("search"))))
            s->focusQuery();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Crossroads"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    const QString content = m_content.isOpen() ? tr("Content: %1, version %2")
                                                     .arg(m_content.meta(QStringLiteral("title")),
                                                          m_content.meta(QStringLiteral("version")))
                                               : tr("Content: not available");
    QMessageBox::about(this, tr("About Crossroads"),
                       tr("<h3>Crossroads %1</h3><p>Choose between Flask and Django, then learn the one you "
                          "chose, offline.</p><p>%2</p><p>Qt %3</p>")
                           .arg(QStringLiteral(CROSSROADS_VERSION), content.toHtmlEscaped(),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::showShortcuts()
{
    QString rows;
    for (const QAction *menu : menuBar()->actions())
        for (const QAction *a : menu->menu()->actions())
            if (!a->shortcut().isEmpty())
                rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                            .arg(a->text().remove(u'&').toHtmlEscaped(),
                                 a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             QStringLiteral("<table cellspacing=6>%1</table>").arg(rows));
}

void MainWindow::showStartupProblems(const QStringList &problems)
{
    m_status->setText(problems.join(u' '));
    // open(), not exec(): the window stays usable and tests are never blocked by a modal loop.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Crossroads"),
                                tr("Crossroads started with problems."), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("startupProblems"));
    box->setInformativeText(problems.join(QStringLiteral("\n\n")));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setLastScreen(currentScreen());
    QMainWindow::closeEvent(event);
}

} // namespace crossroads::ui
