#include "ImportBenchData.h"

#include "JapaneseNames.h"
#include "Random.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "model/SameName.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"

#include <QFile>
#include <QSet>
#include <QStringList>

#include <numeric>
#include <vector>

namespace ImportBenchData {
namespace {

const QDate FirstDay(2024, 4, 1);

QString eventTitle(int event)
{
    return QStringLiteral("多職種連携研修会（第%1回）").arg(event + 1);
}

int eventCount(const Sizes& sizes)
{
    return (sizes.rows + sizes.attendeesPerEvent - 1) / sizes.attendeesPerEvent;
}

struct Entry
{
    QString text;
    QString reading;
};

Entry pick(Random& rng, std::span<const JapaneseNames::Entry> entries)
{
    const auto& e = entries[std::size_t(rng.below(int(entries.size())))];
    return {QString::fromUtf8(e.text), QString::fromUtf8(e.reading)};
}

// `count` organisations whose names differ under SameName (place + soft word + kind of office).
QStringList organisationNames(Random& rng, int count)
{
    static const char* const kinds[] = {"クリニック", "訪問看護ステーション", "薬局", "居宅介護支援事業所",
                                        "デイサービスセンター", "歯科医院", "ヘルパーステーション", "内科医院"};
    QStringList names;
    QSet<QString> keys;
    while (names.size() < count) {
        QString name = pick(rng, JapaneseNames::places()).text + pick(rng, JapaneseNames::nicknames()).text +
                       QString::fromUtf8(kinds[rng.below(int(std::size(kinds)))]);
        if (keys.contains(SameName::key(name)))
            name += QString::number(names.size() + 1); // the combinations ran short: number it
        keys.insert(SameName::key(name));
        names << name;
    }
    return names;
}

struct PersonRow
{
    QString name;
    QString reading;
    int organisation = 0;
    QString profession;
};

// `count` people, unique by folded name within their organisation, so that each is created once.
std::vector<PersonRow> people(Random& rng, int count, int organisations)
{
    static const char* const professions[] = {"医師", "看護師", "薬剤師", "介護支援専門員", "介護福祉士",
                                              "理学療法士", "社会福祉士", "歯科医師", "訪問介護員", "管理栄養士"};
    std::vector<PersonRow> list;
    QSet<QString> keys;
    while (int(list.size()) < count) {
        const Entry surname = pick(rng, JapaneseNames::surnames());
        const Entry given = pick(rng, JapaneseNames::givenNames());
        PersonRow p;
        p.name = surname.text + given.text;
        p.reading = surname.reading + u' ' + given.reading;
        p.organisation = rng.below(organisations);
        p.profession = QString::fromUtf8(professions[rng.below(int(std::size(professions)))]);
        const QString key = SameName::key(p.name) + u'\x1f' + QString::number(p.organisation);
        if (keys.contains(key))
            continue;
        keys.insert(key);
        list.push_back(p);
    }
    return list;
}

// RFC 4180: quote a field only when it needs it.
QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

Status createDatabase(const QString& path, const Sizes& sizes)
{
    Database db;
    if (Status st = db.create(path); !st)
        return st;
    const qint64 training = CodeListStore(db).idOf(CodeListStore::EventKind, QStringLiteral("training")).value();
    TransactionGuard tx(db.connection());
    if (!tx.isActive())
        return Status::failure(QStringLiteral("The benchmark's events could not be written."), tx.errorText());
    EventStore events(db);
    for (int i = 0; i < eventCount(sizes); ++i) {
        Event e;
        e.kindId = training;
        e.date = FirstDay.addDays(i);
        e.title = eventTitle(i);
        if (Status st = events.insert(e); !st)
            return st;
    }
    if (!tx.commit())
        return Status::failure(QStringLiteral("The benchmark's events could not be written."), tx.errorText());
    return Status::success();
}

Status writeCsv(const QString& path, const Sizes& sizes)
{
    Random rng(sizes.seed);
    const QStringList organisations = organisationNames(rng, sizes.organisations);
    const std::vector<PersonRow> everyone = people(rng, sizes.people, sizes.organisations);
    // Each event takes the next attendeesPerEvent people of a shuffled order, so that everyone
    // comes (rows / people times) and nobody twice to one event.
    std::vector<int> order(everyone.size());
    std::iota(order.begin(), order.end(), 0);
    for (int i = int(order.size()) - 1; i > 0; --i)
        std::swap(order[std::size_t(i)], order[std::size_t(rng.below(i + 1))]);

    QString text = QStringLiteral("日付,表題,氏名,ふりがな,所属,職種,出欠\n");
    text.reserve(sizes.rows * 64);
    for (int row = 0; row < sizes.rows; ++row) {
        const int event = row / sizes.attendeesPerEvent;
        const PersonRow& p = everyone[std::size_t(order[std::size_t(row % int(order.size()))])];
        const QDate date = FirstDay.addDays(event);
        const QString status = rng.chance(0.9) ? QStringLiteral("出席") : QStringLiteral("欠席");
        text += QStringLiteral("%1/%2/%3,").arg(date.year()).arg(date.month()).arg(date.day());
        text += QStringList{eventTitle(event), csvField(p.name), csvField(p.reading),
                            csvField(organisations.at(p.organisation)), p.profession, status}
                    .join(u',');
        text += u'\n';
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0)
        return Status::failure(QStringLiteral("The benchmark's CSV could not be written."), f.errorString());
    return Status::success();
}

} // namespace ImportBenchData
