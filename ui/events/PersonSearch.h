#pragma once

#include <QWidget>

class Services;
class QLineEdit;
class QListWidget;

// Finds people as their name is typed (kanji or kana, folded by the core: 白崎 finds 白﨑,
// ｼﾗｻｷ finds しらさき) and lists the matches under the field. Up and Down move among the
// matches; Enter picks the highlighted one, or says that nobody matched; Escape leaves. A search
// that fails says so in the list, in place of the matches.
class PersonSearch : public QWidget
{
    Q_OBJECT

public:
    explicit PersonSearch(QWidget* parent = nullptr);
    // Where people are found; none: nothing is listed.
    void setServices(Services* services);
    QLineEdit* lineEdit() const { return m_edit; }
    QListWidget* matchList() const { return m_matches; }
    void clear();

signals:
    void chosen(qint64 personId);
    void notFound(const QString& text);
    void escaped(); // Escape in the field: the caller moves on

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void choose();

    Services* m_services = nullptr;
    QLineEdit* m_edit;
    QListWidget* m_matches;
};
