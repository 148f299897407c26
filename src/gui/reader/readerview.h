#pragma once

#include <QTextBrowser>

namespace Herald {
struct Post;
}

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
    /// Shows a post: its header, then its Markdown source as text. (Rendering the Markdown
    /// is the reader's next step.)
    void showPost(const Post &post);
    /// The post on show, or 0.
    [[nodiscard]] qint64 postId() const { return m_postId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    bool m_showingWelcome = false;
    qint64 m_postId = 0;
};

} // namespace Herald
