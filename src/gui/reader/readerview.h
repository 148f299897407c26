#pragma once

#include <QTextBrowser>

namespace Herald {

/// The reading pane. A QTextBrowser that never follows links by itself: navigation is
/// the application's decision, so remote content cannot steer the viewer.
class ReaderView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);

    /// The page shown before any post is selected.
    void showWelcome();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool m_showingWelcome = false;
};

} // namespace Herald
