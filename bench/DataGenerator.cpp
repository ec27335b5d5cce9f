#include "DataGenerator.h"

#include "JapaneseNames.h"
#include "Random.h"

#include "date/FiscalYear.h"
#include "db/Database.h"
#include "db/SearchKeys.h"
#include "db/TransactionGuard.h"
#include "sample/SampleLoader.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

namespace {

using JapaneseNames::Entry;

// Events after this date are "planned": nothing recorded yet. A fixed date, not today, so
// that a seed always gives the same file.
const QDate PlannedAfter(2026, 5, 31);
const int FirstFiscalYear = 2015;
const int LastFiscalYear = 2026;

struct Text
{
    QString text;
    QString reading;
};

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

// NOT NULL text columns: a null QString would bind as NULL.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Picks entries of a word list in proportion to their weights.
class Picker
{
public:
    explicit Picker(std::span<const Entry> entries) : m_entries(entries)
    {
        for (const Entry& e : entries)
            m_weights.push_back(e.weight);
    }
    Text pick(Random& rng) const
    {
        const Entry& e = m_entries[std::size_t(rng.weighted(m_weights))];
        return {u8(e.text), u8(e.reading)};
    }

private:
    std::span<const Entry> m_entries;
    std::vector<int> m_weights;
};

struct PersonRow
{
    qint64 id = 0;
    qint64 professionId = 0;
    qint64 organisationId = 0;
};

struct EventRow
{
    qint64 id = 0;
    QString kind; // event-kind code
    qint64 bodyId = 0;
    QString series;
    int number = 0;
    QDate date;
    QTime start, end;
    QString venue, title, theme, purpose, outcomes, minutes;
    QString format; // event-format code
    bool partner = false;
    int order = 0; // creation order, to sort stably
    enum class Recorded { Named, HeadcountOnly, Nothing } recorded = Recorded::Named;
    int size = 0; // named attendance rows to write
};

class Generator
{
public:
    Generator(Database& db, const DataGenerator::Options& options, QStringList* log)
        : m_db(db), m_options(options), m_log(log), m_rng(options.seed),
          m_surnames(JapaneseNames::surnames()), m_givenNames(JapaneseNames::givenNames()),
          m_places(JapaneseNames::places()), m_nicknames(JapaneseNames::nicknames()),
          m_venues(JapaneseNames::venues()), m_themes(JapaneseNames::themes())
    {
    }

    Status run()
    {
        Status st = readCodes();
        if (st)
            st = step(QStringLiteral("organisations"), [this] { return organisations(); });
        if (st)
            st = step(QStringLiteral("people"), [this] { return people(); });
        if (st)
            st = step(QStringLiteral("memberships"), [this] { return memberships(); });
        if (st)
            st = step(QStringLiteral("events"), [this] { return events(); });
        if (st)
            st = step(QStringLiteral("attendance, headcounts and programmes"),
                      [this] { return attendance(); });
        return st;
    }

private:
    Status step(const QString& what, const std::function<Status()>& body)
    {
        QElapsedTimer timer;
        timer.start();
        Status st = body();
        if (m_log)
            m_log->append(QStringLiteral("%1: %2 ms").arg(what).arg(timer.elapsed()));
        return st;
    }

    Status fail(const QSqlQuery& q, const QString& what)
    {
        return Status::failure(QStringLiteral("Could not write %1.").arg(what), q.lastError().text());
    }

    QSqlQuery prepare(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        return q;
    }

    qint64 nextId(const QString& table)
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table)) && q.next())
            return q.value(0).toLongLong();
        return 1;
    }

    qint64 code(const QString& list, const QString& code) const { return m_codes.value(list + u'/' + code); }

    Status readCodes()
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT id, list, code FROM code")))
            return fail(q, QStringLiteral("codes"));
        while (q.next())
            m_codes.insert(q.value(1).toString() + u'/' + q.value(2).toString(), q.value(0).toLongLong());
        for (const char* p : {"doctor",
                              "dentist",
                              "pharmacist",
                              "nurse",
                              "public-health-nurse",
                              "assistant-nurse",
                              "physiotherapist",
                              "occupational-therapist",
                              "speech-therapist",
                              "chief-care-manager",
                              "care-manager",
                              "care-worker",
                              "home-helper",
                              "social-worker",
                              "medical-social-worker",
                              "psychiatric-social-worker",
                              "dental-hygienist",
                              "dietitian",
                              "government-officer",
                              "other",
                              "unknown"}) {
            const qint64 id = code(QStringLiteral("profession"), QLatin1String(p));
            if (id == 0)
                return Status::failure(
                    QStringLiteral("The profession code \"%1\" is missing.").arg(QLatin1String(p)));
            m_professionIds.insert(QLatin1String(p), id);
        }
        if (!q.exec(QStringLiteral(
                "SELECT b.id, k.code FROM body b JOIN code k ON k.id = b.kind_id ORDER BY b.id")))
            return fail(q, QStringLiteral("bodies"));
        while (q.next())
            if (!m_bodies.contains(q.value(1).toString()))
                m_bodies.insert(q.value(1).toString(), q.value(0).toLongLong());
        for (const char* k : {"council", "steering-committee", "working-group", "partner-council"})
            if (!m_bodies.contains(QLatin1String(k)))
                return Status::failure(
                    QStringLiteral("The sample has no body of kind \"%1\".").arg(QLatin1String(k)));
        return Status::success();
    }

    // ---- organisations --------------------------------------------------------------------

    // One name of a category, from templates of the way such places are named locally.
    Text organisationName(const QString& category)
    {
        const Text s = m_surnames.pick(m_rng);
        const Text p = m_places.pick(m_rng);
        const Text n = m_nicknames.pick(m_rng);
        // "加賀市" in front of a district name, as many do (加賀市山代クリニック).
        const auto city = [this](const Text& t) -> Text {
            if (m_rng.chance(0.3))
                return {u8("加賀市") + t.text, u8("かがし") + t.reading};
            return t;
        };
        const auto cat = [](const Text& a, const char* text, const char* reading) -> Text {
            return {a.text + u8(text), a.reading + u8(reading)};
        };
        const auto pre = [](const char* text, const char* reading, const Text& a) -> Text {
            return {u8(text) + a.text, u8(reading) + a.reading};
        };
        const auto join = [](const Text& a, const Text& b) -> Text {
            return {a.text + b.text, a.reading + b.reading};
        };
        const int t = m_rng.below(12);
        if (category == QLatin1String("clinic")) {
            switch (t % 12) {
            case 0:
                return cat(s, "内科クリニック", "ないかくりにっく");
            case 1:
                return cat(s, "医院", "いいん");
            case 2:
                return city(cat(p, "クリニック", "くりにっく"));
            case 3:
                return cat(s, "整形外科医院", "せいけいげかいいん");
            case 4:
                return cat(s, "眼科医院", "がんかいいん");
            case 5:
                return city(cat(p, "ファミリークリニック", "ふぁみりーくりにっく"));
            case 6:
                return cat(s, "小児科医院", "しょうにかいいん");
            case 7:
                return cat(s, "内科消化器科医院", "ないかしょうかきかいいん");
            case 8:
                return city(cat(p, "診療所", "しんりょうじょ"));
            case 9:
                return cat(s, "皮膚科クリニック", "ひふかくりにっく");
            case 10:
                return cat(s, "耳鼻咽喉科医院", "じびいんこうかいいん");
            default:
                return cat(s, "メンタルクリニック", "めんたるくりにっく");
            }
        }
        if (category == QLatin1String("hospital")) {
            switch (t % 4) {
            case 0:
                return city(cat(p, "病院", "びょういん"));
            case 1:
                return cat(p, "中央病院", "ちゅうおうびょういん");
            case 2:
                return cat(s, "病院", "びょういん");
            default:
                return cat(s, "記念病院", "きねんびょういん");
            }
        }
        if (category == QLatin1String("dental-clinic")) {
            switch (t % 4) {
            case 0:
                return cat(s, "歯科医院", "しかいいん");
            case 1:
                return city(cat(p, "歯科クリニック", "しかくりにっく"));
            case 2:
                return cat(s, "デンタルクリニック", "でんたるくりにっく");
            default:
                return cat(n, "歯科", "しか");
            }
        }
        if (category == QLatin1String("pharmacy")) {
            switch (t % 4) {
            case 0:
                return cat(s, "薬局", "やっきょく");
            case 1:
                return city(cat(p, "薬局", "やっきょく"));
            case 2:
                return cat(join(cat(n, "薬局", "やっきょく"), p), "店", "てん");
            default:
                return cat(n, "調剤薬局", "ちょうざいやっきょく");
            }
        }
        if (category == QLatin1String("visiting-nursing")) {
            switch (t % 3) {
            case 0:
                return pre("訪問看護ステーション", "ほうもんかんごすてーしょん", n);
            case 1:
                return city(cat(p, "訪問看護ステーション", "ほうもんかんごすてーしょん"));
            default:
                return pre("訪問看護ステーション", "ほうもんかんごすてーしょん", join(n, p));
            }
        }
        if (category == QLatin1String("care-support")) {
            switch (t % 4) {
            case 0:
                return city(cat(p, "居宅介護支援事業所", "きょたくかいごしえんじぎょうしょ"));
            case 1:
                return pre("ケアプランセンター", "けあぷらんせんたー", n);
            case 2:
                return pre("居宅介護支援事業所", "きょたくかいごしえんじぎょうしょ", join(n, p));
            default:
                return cat(s, "ケアプランサービス", "けあぷらんさーびす");
            }
        }
        if (category == QLatin1String("care-service")) {
            switch (t % 7) {
            case 0:
                return pre("デイサービスセンター", "でいさーびすせんたー", n);
            case 1:
                return city(cat(p, "ヘルパーステーション", "へるぱーすてーしょん"));
            case 2:
                return pre("グループホーム", "ぐるーぷほーむ", join(n, p));
            case 3:
                return pre("小規模多機能ホーム", "しょうきぼたきのうほーむ", join(n, p));
            case 4:
                return pre("特別養護老人ホーム", "とくべつようごろうじんほーむ", cat(n, "苑", "えん"));
            case 5:
                return pre("ショートステイ", "しょーとすてい", n);
            default:
                return cat(p, "デイサービス", "でいさーびす");
            }
        }
        if (category == QLatin1String("welfare")) {
            switch (t % 3) {
            case 0:
                return pre("地域包括支援センター", "ちいきほうかつしえんせんたー", p);
            case 1:
                return cat(p, "地区社会福祉協議会", "ちくしゃかいふくしきょうぎかい");
            default:
                return cat(p, "障がい者相談支援センター", "しょうがいしゃそうだんしえんせんたー");
            }
        }
        if (category == QLatin1String("community")) {
            switch (t % 4) {
            case 0:
                return cat(p, "地区町内会連合会", "ちくちょうないかいれんごうかい");
            case 1:
                return cat(p, "地区民生委員児童委員協議会", "ちくみんせいいいんじどういいんきょうぎかい");
            case 2:
                return cat(p, "地区老人クラブ", "ちくろうじんくらぶ");
            default:
                return cat(p, "地区まちづくり推進協議会", "ちくまちづくりすいしんきょうぎかい");
            }
        }
        if (category == QLatin1String("government")) {
            static const char* const names[][2] = {
                {"加賀市 健康福祉部 長寿課", "かがし けんこうふくしぶ ちょうじゅか"},
                {"加賀市 健康福祉部 地域包括ケア推進室",
                 "かがし けんこうふくしぶ ちいきほうかつけあすいしんしつ"},
                {"加賀市 健康福祉部 障がい福祉課", "かがし けんこうふくしぶ しょうがいふくしか"},
                {"加賀市 健康福祉部 保険年金課", "かがし けんこうふくしぶ ほけんねんきんか"},
                {"加賀市 健康福祉部 健康課", "かがし けんこうふくしぶ けんこうか"},
                {"加賀市消防本部", "かがししょうぼうほんぶ"},
                {"石川県南加賀保健福祉センター", "いしかわけんみなみかがほけんふくしせんたー"},
                {"石川県健康福祉部 地域医療推進室",
                 "いしかわけんけんこうふくしぶ ちいきいりょうすいしんしつ"},
                {"小松市 長寿介護課", "こまつし ちょうじゅかいごか"},
                {"能美市 介護長寿課", "のみし かいごちょうじゅか"},
            };
            const auto& e = names[m_rng.below(int(std::size(names)))];
            return {u8(e[0]), u8(e[1])};
        }
        if (category == QLatin1String("association")) {
            static const char* const names[][2] = {
                {"加賀市薬剤師会", "かがしやくざいしかい"},
                {"石川県看護協会 加賀支部", "いしかわけんかんごきょうかい かがしぶ"},
                {"加賀市介護支援専門員協会", "かがしかいごしえんせんもんいんきょうかい"},
                {"石川県理学療法士会 南加賀ブロック",
                 "いしかわけんりがくりょうほうしかい みなみかがぶろっく"},
                {"石川県作業療法士会 南加賀支部", "いしかわけんさぎょうりょうほうしかい みなみかがしぶ"},
                {"加賀市歯科衛生士会", "かがししかえいせいしかい"},
                {"石川県栄養士会 南加賀支部", "いしかわけんえいようしかい みなみかがしぶ"},
                {"加賀市訪問看護連絡会", "かがしほうもんかんごれんらくかい"},
                {"加賀市ホームヘルパー連絡会", "かがしほーむへるぱーれんらくかい"},
                {"石川県医療ソーシャルワーカー協会", "いしかわけんいりょうそーしゃるわーかーきょうかい"},
            };
            const auto& e = names[m_rng.below(int(std::size(names)))];
            return {u8(e[0]), u8(e[1])};
        }
        // other
        switch (t % 3) {
        case 0:
            return pre("NPO法人", "えぬぴーおーほうじん", n);
        case 1:
            return pre("株式会社", "かぶしきがいしゃ", cat(n, "ケア", "けあ"));
        default:
            return pre("一般社団法人", "いっぱんしゃだんほうじん",
                       cat(p, "ささえあいの会", "ささえあいのかい"));
        }
    }

    Status organisations()
    {
        // Existing (sample) organisations take part in the profession → organisation matching.
        QSet<QString> names;
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT o.id, o.name, coalesce(c.code, 'other') FROM organisation o "
                                   "LEFT JOIN code c ON c.id = o.category_id ORDER BY o.id")))
            return fail(q, QStringLiteral("organisations"));
        while (q.next()) {
            names.insert(q.value(1).toString());
            m_orgsByCategory[q.value(2).toString()].push_back(q.value(0).toLongLong());
        }
        static const std::pair<const char*, int> shares[] = {
            {"clinic", 330},           {"hospital", 30},      {"dental-clinic", 220}, {"pharmacy", 280},
            {"visiting-nursing", 150}, {"care-support", 330}, {"care-service", 450},  {"welfare", 60},
            {"government", 10},        {"community", 100},    {"association", 10},    {"other", 30}};
        int shareTotal = 0;
        for (const auto& s : shares)
            shareTotal += s.second;

        QSqlQuery insert = prepare(QStringLiteral("INSERT INTO organisation (id, name, reading, category_id, "
                                                  "address, phone, note, active, search_key) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        qint64 id = nextId(QStringLiteral("organisation"));
        int written = 0;
        for (const auto& [category, share] : shares) {
            const QString cat = QLatin1String(category);
            const int wanted = int(qint64(m_options.organisations) * share / shareTotal);
            const qint64 categoryId = code(QStringLiteral("organisation-category"), cat);
            int made = 0;
            for (int attempt = 0; made < wanted && attempt < wanted * 30 + 30; ++attempt) {
                const Text name = organisationName(cat);
                if (names.contains(name.text))
                    continue;
                names.insert(name.text);
                const Text place = m_places.pick(m_rng);
                insert.bindValue(0, id);
                insert.bindValue(1, name.text);
                insert.bindValue(2, name.reading);
                insert.bindValue(3, categoryId);
                const int block = m_rng.between(1, 40); // separate statements: argument order is unspecified
                const int lot = m_rng.between(1, 20);
                insert.bindValue(4, QString(u8("石川県加賀市") + place.text + u8("町") +
                                            QString::number(block) + u8("番地") + QString::number(lot)));
                insert.bindValue(5, QStringLiteral("0761-%1-%2")
                                        .arg(m_rng.between(72, 78))
                                        .arg(m_rng.below(10000), 4, 10, QLatin1Char('0')));
                insert.bindValue(6, QStringLiteral(""));
                insert.bindValue(7, m_rng.chance(0.97) ? 1 : 0);
                insert.bindValue(8, SearchKeys::forOrganisation(name.text, name.reading));
                if (!insert.exec())
                    return fail(insert, QStringLiteral("organisation %1").arg(name.text));
                m_orgsByCategory[cat].push_back(id);
                ++id;
                ++made;
                ++written;
            }
        }
        if (m_log)
            m_log->append(QStringLiteral("  %1 organisations").arg(written));
        return Status::success();
    }

    // ---- people ---------------------------------------------------------------------------

    // Where people of a profession work: organisation categories with weights.
    qint64 organisationFor(const QString& profession)
    {
        using Choice = std::pair<const char*, int>;
        static const QHash<QString, std::vector<Choice>> where{
            {QStringLiteral("doctor"), {{"hospital", 5}, {"clinic", 5}}},
            {QStringLiteral("dentist"), {{"dental-clinic", 1}}},
            {QStringLiteral("pharmacist"), {{"pharmacy", 85}, {"hospital", 15}}},
            {QStringLiteral("nurse"),
             {{"hospital", 40}, {"clinic", 20}, {"visiting-nursing", 30}, {"care-service", 10}}},
            {QStringLiteral("public-health-nurse"), {{"government", 6}, {"welfare", 4}}},
            {QStringLiteral("assistant-nurse"), {{"clinic", 5}, {"care-service", 5}}},
            {QStringLiteral("physiotherapist"),
             {{"hospital", 6}, {"visiting-nursing", 2}, {"care-service", 2}}},
            {QStringLiteral("occupational-therapist"),
             {{"hospital", 6}, {"visiting-nursing", 2}, {"care-service", 2}}},
            {QStringLiteral("speech-therapist"), {{"hospital", 8}, {"visiting-nursing", 2}}},
            {QStringLiteral("chief-care-manager"), {{"care-support", 8}, {"welfare", 2}}},
            {QStringLiteral("care-manager"), {{"care-support", 8}, {"welfare", 1}, {"care-service", 1}}},
            {QStringLiteral("care-worker"), {{"care-service", 1}}},
            {QStringLiteral("home-helper"), {{"care-service", 1}}},
            {QStringLiteral("social-worker"), {{"welfare", 5}, {"government", 2}, {"hospital", 3}}},
            {QStringLiteral("medical-social-worker"), {{"hospital", 1}}},
            {QStringLiteral("psychiatric-social-worker"), {{"hospital", 5}, {"welfare", 5}}},
            {QStringLiteral("dental-hygienist"), {{"dental-clinic", 1}}},
            {QStringLiteral("dietitian"), {{"hospital", 6}, {"care-service", 4}}},
            {QStringLiteral("government-officer"), {{"government", 1}}},
            {QStringLiteral("other"), {{"community", 5}, {"other", 3}, {"association", 2}}},
        };
        const auto it = where.find(profession);
        if (it == where.end())
            return 0;
        std::vector<int> weights;
        for (const Choice& c : *it)
            weights.push_back(c.second);
        const auto orgs =
            m_orgsByCategory.constFind(QLatin1String(it->at(std::size_t(m_rng.weighted(weights))).first));
        if (orgs == m_orgsByCategory.cend() || orgs->empty())
            return 0;
        return (*orgs)[std::size_t(m_rng.below(int(orgs->size())))];
    }

    Status people()
    {
        static const std::pair<const char*, int> professions[] = {{"care-manager", 16},
                                                                  {"chief-care-manager", 5},
                                                                  {"nurse", 18},
                                                                  {"care-worker", 12},
                                                                  {"home-helper", 6},
                                                                  {"assistant-nurse", 3},
                                                                  {"physiotherapist", 5},
                                                                  {"occupational-therapist", 3},
                                                                  {"speech-therapist", 1},
                                                                  {"pharmacist", 6},
                                                                  {"doctor", 5},
                                                                  {"dentist", 2},
                                                                  {"dental-hygienist", 2},
                                                                  {"public-health-nurse", 2},
                                                                  {"social-worker", 4},
                                                                  {"medical-social-worker", 2},
                                                                  {"psychiatric-social-worker", 1},
                                                                  {"dietitian", 2},
                                                                  {"government-officer", 2},
                                                                  {"other", 3}};
        std::vector<int> weights;
        for (const auto& p : professions)
            weights.push_back(p.second);
        static const char* const departments[] = {"地域連携室", "看護部",         "リハビリテーション科",
                                                  "薬剤部",     "医療福祉相談室", "在宅支援部",
                                                  "栄養管理室"};
        static const char* const titles[] = {"院長",       "理事長", "管理者", "主任", "師長",
                                             "センター長", "室長",   "課長",   "係長", "所長"};

        QSqlQuery insert =
            prepare(QStringLiteral("INSERT INTO person (id, name, reading, profession_id, organisation_id, "
                                   "department, title, email, phone, "
                                   "note, active, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        qint64 id = nextId(QStringLiteral("person"));
        m_people.reserve(std::size_t(m_options.people));
        const QString empty = QStringLiteral("");
        for (int i = 0; i < m_options.people; ++i) {
            const Text surname = m_surnames.pick(m_rng);
            const Text given = m_givenNames.pick(m_rng);
            const QString profession = QLatin1String(professions[m_rng.weighted(weights)].first);
            PersonRow row;
            row.id = id++;
            row.professionId = m_professionIds.value(profession);
            row.organisationId = m_rng.chance(0.97) ? organisationFor(profession) : 0;
            const QString name = surname.text + given.text;
            // A few people were entered without a reading; they sort last.
            const QString reading = m_rng.chance(0.02) ? empty : surname.reading + u' ' + given.reading;
            const bool hasPost = row.organisationId > 0 && m_rng.chance(0.15);
            insert.bindValue(0, row.id);
            insert.bindValue(1, name);
            insert.bindValue(2, reading);
            insert.bindValue(3, row.professionId);
            insert.bindValue(4, row.organisationId > 0 ? QVariant(row.organisationId)
                                                       : QVariant(QMetaType(QMetaType::LongLong)));
            insert.bindValue(5, hasPost ? u8(departments[m_rng.below(int(std::size(departments)))]) : empty);
            insert.bindValue(6, hasPost ? u8(titles[m_rng.below(int(std::size(titles)))]) : empty);
            insert.bindValue(7, empty);
            insert.bindValue(8, empty);
            insert.bindValue(9, empty);
            insert.bindValue(10, m_rng.chance(0.92) ? 1 : 0);
            insert.bindValue(11, SearchKeys::forPerson(name, reading));
            if (!insert.exec())
                return fail(insert, QStringLiteral("person %1").arg(name));
            if (profession == QLatin1String("government-officer") && m_secretariat.size() < 24)
                m_secretariat.push_back(i);
            else if ((profession == QLatin1String("doctor") || profession == QLatin1String("pharmacist") ||
                      profession == QLatin1String("chief-care-manager") ||
                      profession == QLatin1String("physiotherapist") ||
                      profession == QLatin1String("medical-social-worker") ||
                      profession == QLatin1String("dentist")) &&
                     m_lecturers.size() < 400)
                m_lecturers.push_back(i);
            m_people.push_back(row);
        }
        // Who comes how often: a fixed random order of people, drawn from with a skew towards
        // the front, so that some people attend many events and most attend a few.
        m_order.resize(m_people.size());
        for (std::size_t i = 0; i < m_order.size(); ++i)
            m_order[i] = int(i);
        for (std::size_t i = m_order.size(); i > 1; --i)
            std::swap(m_order[i - 1], m_order[std::size_t(m_rng.below(int(i)))]);
        if (m_log)
            m_log->append(QStringLiteral("  %1 people").arg(m_people.size()));
        return Status::success();
    }

    // A person index, skewed towards the "regulars" at the front of m_order, from the first
    // `pool` of them.
    int regular(int pool)
    {
        const double u = m_rng.uniform();
        return m_order[std::size_t(double(pool) * u * u)];
    }

    // ---- memberships ----------------------------------------------------------------------

    Status memberships()
    {
        if (m_people.empty())
            return Status::success();
        QSqlQuery insert =
            prepare(QStringLiteral("INSERT INTO membership (body_id, person_id, organisation_id, "
                                   "profession_id, role_id, term_from, term_to) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        const qint64 chair = code(QStringLiteral("membership-role"), QStringLiteral("chair"));
        const qint64 vice = code(QStringLiteral("membership-role"), QStringLiteral("vice-chair"));
        const qint64 member = code(QStringLiteral("membership-role"), QStringLiteral("member"));
        const int pool = std::min<int>(3000, int(m_people.size()));
        int written = 0;
        for (const auto& [kind, seats] : {std::pair{"council", 30}, std::pair{"steering-committee", 12},
                                          std::pair{"working-group", 20}}) {
            const qint64 body = m_bodies.value(QLatin1String(kind));
            // Two-year terms since FY2015; about a third of the seats change hands each term.
            std::vector<int> holders;
            for (int s = 0; s < seats; ++s)
                holders.push_back(regular(pool));
            for (int fy = FirstFiscalYear; fy <= LastFiscalYear; fy += 2) {
                for (int s = 0; s < seats; ++s) {
                    if (fy > FirstFiscalYear && m_rng.chance(0.33))
                        holders[std::size_t(s)] = regular(pool);
                    const int person = holders[std::size_t(s)];
                    const PersonRow& p = m_people[std::size_t(person)];
                    insert.bindValue(0, body);
                    insert.bindValue(1, p.id);
                    insert.bindValue(2, p.organisationId > 0 ? QVariant(p.organisationId)
                                                             : QVariant(QMetaType(QMetaType::LongLong)));
                    insert.bindValue(3, p.professionId);
                    insert.bindValue(4, s == 0 ? chair : s == 1 ? vice : member);
                    insert.bindValue(5, FiscalYear(fy).firstDay().toString(Qt::ISODate));
                    insert.bindValue(6, fy + 2 > LastFiscalYear
                                            ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(FiscalYear(fy + 1).lastDay().toString(Qt::ISODate)));
                    if (!insert.exec())
                        return fail(insert, QStringLiteral("membership"));
                    ++written;
                }
            }
            m_members.insert(body, holders);
        }
        if (m_log)
            m_log->append(QStringLiteral("  %1 memberships").arg(written));
        return Status::success();
    }

    // ---- events ---------------------------------------------------------------------------

    EventRow makeEvent(int order)
    {
        static const std::pair<const char*, int> kinds[] = {
            {"meeting", 35}, {"training", 30}, {"case-study", 20}, {"joint-training", 8}, {"lecture", 7}};
        std::vector<int> weights;
        for (const auto& k : kinds)
            weights.push_back(k.second);
        EventRow e;
        e.order = order;
        e.kind = QLatin1String(kinds[m_rng.weighted(weights)].first);
        const QDate first = FiscalYear(FirstFiscalYear).firstDay();
        const int span = int(first.daysTo(FiscalYear(LastFiscalYear).lastDay())) + 1;
        e.date = first.addDays(m_rng.below(span));
        if (e.date.dayOfWeek() == 6)
            e.date = e.date.addDays(-1);
        else if (e.date.dayOfWeek() == 7)
            e.date = e.date.addDays(1);
        if (e.date > FiscalYear(LastFiscalYear).lastDay())
            e.date = FiscalYear(LastFiscalYear).lastDay().addDays(-3);
        const bool pandemic = e.date >= QDate(2020, 4, 1) && e.date <= QDate(2022, 9, 30);
        const bool evening = m_rng.chance(0.6);
        const int hour = evening ? (m_rng.chance(0.5) ? 18 : 19) : (m_rng.chance(0.5) ? 13 : 14);
        e.start = QTime(hour, m_rng.chance(0.5) ? 0 : 30);
        const Text venue = m_venues.pick(m_rng);
        e.venue = venue.text;
        if (e.kind == QLatin1String("meeting")) {
            static const char* const bodies[][2] = {
                {"council", "加賀市在宅医療連携推進協議会"},
                {"steering-committee", "加賀市在宅医療連携推進協議会 幹事会"},
                {"working-group", "医療と介護の連携ワーキング会議"}};
            const auto& b = bodies[m_rng.weighted(std::array{2, 5, 4})];
            e.bodyId = m_bodies.value(QLatin1String(b[0]));
            e.series = u8(b[1]);
            e.title = e.series;
            static const char* const agenda[] = {"事業計画について",
                                                 "事業報告について",
                                                 "研修会の企画について",
                                                 "在宅医療資源調査の結果について",
                                                 "入退院支援ルールの見直しについて",
                                                 "ACP普及啓発の取組について",
                                                 "次年度予算について"};
            e.theme = u8(agenda[m_rng.below(int(std::size(agenda)))]);
            e.end = e.start.addSecs(90 * 60);
            e.format = pandemic && m_rng.chance(0.5) ? QStringLiteral("online") : QStringLiteral("in-person");
            if (m_rng.chance(0.3))
                e.minutes = u8("議事録は事務局で保管。") + e.theme + u8("について協議し、了承された。");
        } else {
            const Text theme = m_themes.pick(m_rng);
            e.theme = theme.text;
            e.bodyId = m_bodies.value(QStringLiteral("council"));
            if (e.kind == QLatin1String("training")) {
                static const char* const series[] = {"多職種連携研修会", "在宅医療・介護連携研修会",
                                                     "訪問看護研修会", "介護支援専門員研修会"};
                e.series = u8(series[m_rng.below(int(std::size(series)))]);
            } else if (e.kind == QLatin1String("case-study")) {
                e.series = m_rng.chance(0.5) ? u8("かかりつけ医等認知症対応力向上研修会 地域事例検討会")
                                             : u8("多職種地域事例検討会");
            } else if (e.kind == QLatin1String("joint-training")) {
                e.series = u8("脳卒中地域連携・コラボ研修会");
                e.partner = true;
            } else {
                e.series = u8("在宅医療市民公開講座");
            }
            e.title = e.series;
            e.end = e.start.addSecs(120 * 60);
            static const char* const formats[] = {"lecture", "group-work", "lecture-group-work", "hybrid"};
            e.format = pandemic && m_rng.chance(0.6)
                           ? QStringLiteral("online")
                           : QLatin1String(formats[m_rng.weighted(std::array{3, 2, 4, 1})]);
            e.purpose = u8("多職種が顔の見える関係をつくり、「") + e.theme + u8("」について共に学ぶ。");
            if (e.date <= PlannedAfter && m_rng.chance(0.5))
                e.outcomes = u8("・") + e.theme +
                             u8("について、職種ごとの役割と連携の方法を共有できた。\n"
                                "・グループワークで他の職種の考え方を知ることができた。");
        }
        if (e.format == QLatin1String("online"))
            e.venue = u8("オンライン（Zoom）");
        if (m_rng.chance(0.05))
            e.start = QTime(); // time not recorded
        if (!e.start.isValid())
            e.end = QTime();
        if (e.date > PlannedAfter)
            e.recorded = EventRow::Recorded::Nothing;
        else if (m_rng.chance(0.02))
            e.recorded = EventRow::Recorded::HeadcountOnly;
        else if (m_rng.chance(0.01))
            e.recorded = EventRow::Recorded::Nothing;
        return e;
    }

    Status events()
    {
        m_events.reserve(std::size_t(m_options.events));
        for (int i = 0; i < m_options.events; ++i)
            m_events.push_back(makeEvent(i));
        std::stable_sort(m_events.begin(), m_events.end(), [](const EventRow& a, const EventRow& b) {
            if (a.date != b.date)
                return a.date < b.date;
            const int sa = a.start.isValid() ? a.start.msecsSinceStartOfDay() : -1;
            const int sb = b.start.isValid() ? b.start.msecsSinceStartOfDay() : -1;
            return sa != sb ? sa < sb : a.order < b.order;
        });

        // Series (the sample's may already be there) and their numbers within each fiscal year.
        QHash<QString, qint64> seriesIds;
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT id, name FROM series")))
            return fail(q, QStringLiteral("series"));
        while (q.next())
            seriesIds.insert(q.value(1).toString(), q.value(0).toLongLong());
        QSqlQuery insertSeries = prepare(QStringLiteral("INSERT INTO series (name) VALUES (?)"));
        QHash<QString, int> numbers;
        for (EventRow& e : m_events) {
            if (!seriesIds.contains(e.series)) {
                insertSeries.bindValue(0, e.series);
                if (!insertSeries.exec())
                    return fail(insertSeries, QStringLiteral("series"));
                seriesIds.insert(e.series, insertSeries.lastInsertId().toLongLong());
            }
            e.number = ++numbers[e.series + u'/' + QString::number(FiscalYear::of(e.date).startYear())];
        }

        QSqlQuery insert =
            prepare(QStringLiteral("INSERT INTO event (id, kind_id, body_id, series_id, number, date, "
                                   "start_time, end_time, venue, title, theme, "
                                   "purpose, outcomes, format_id, minutes, note, search_key) VALUES (?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery coOrganiser =
            prepare(QStringLiteral("INSERT INTO event_co_organiser (event_id, body_id) VALUES (?, ?)"));
        const QVariant noTime(QMetaType(QMetaType::QString));
        qint64 id = nextId(QStringLiteral("event"));
        for (EventRow& e : m_events) {
            e.id = id++;
            insert.bindValue(0, e.id);
            insert.bindValue(1, code(QStringLiteral("event-kind"), e.kind));
            insert.bindValue(2, e.bodyId);
            insert.bindValue(3, seriesIds.value(e.series));
            insert.bindValue(4, e.number);
            insert.bindValue(5, e.date.toString(Qt::ISODate));
            insert.bindValue(6, e.start.isValid() ? QVariant(e.start.toString(QStringLiteral("HH:mm")))
                                                  : noTime);
            insert.bindValue(7, e.end.isValid() ? QVariant(e.end.toString(QStringLiteral("HH:mm"))) : noTime);
            insert.bindValue(8, e.venue);
            insert.bindValue(9, e.title);
            insert.bindValue(10, e.theme);
            insert.bindValue(11, nn(e.purpose));
            insert.bindValue(12, nn(e.outcomes));
            insert.bindValue(13, code(QStringLiteral("event-format"), e.format));
            insert.bindValue(14, nn(e.minutes));
            insert.bindValue(15, QStringLiteral(""));
            insert.bindValue(16, SearchKeys::forEvent(e.title, e.theme, e.venue));
            if (!insert.exec())
                return fail(insert, QStringLiteral("event %1").arg(e.title));
            if (e.partner) {
                coOrganiser.bindValue(0, e.id);
                coOrganiser.bindValue(1, m_bodies.value(QStringLiteral("partner-council")));
                if (!coOrganiser.exec())
                    return fail(coOrganiser, QStringLiteral("co-organiser"));
            }
        }
        if (m_log)
            m_log->append(
                QStringLiteral("  %1 events, %2 series").arg(m_events.size()).arg(seriesIds.size()));
        return Status::success();
    }

    // ---- attendance -----------------------------------------------------------------------

    // Named attendance per event: a size by kind, scaled so that the total is what was asked.
    void sizeEvents()
    {
        std::vector<EventRow*> named;
        double raw = 0;
        for (EventRow& e : m_events) {
            if (e.recorded != EventRow::Recorded::Named)
                continue;
            int lo = 60, hi = 220;
            if (e.kind == QLatin1String("meeting"))
                lo = 12, hi = 40;
            else if (e.kind == QLatin1String("case-study"))
                lo = 30, hi = 110;
            else if (e.kind == QLatin1String("joint-training"))
                lo = 80, hi = 260;
            else if (e.kind == QLatin1String("lecture"))
                lo = 100, hi = 350;
            e.size = m_rng.between(lo, hi);
            raw += e.size;
            named.push_back(&e);
        }
        if (named.empty())
            return;
        const int cap = int(m_people.size());
        const double scale = double(m_options.attendance) / raw;
        qint64 total = 0;
        for (EventRow* e : named) {
            e->size = std::clamp(int(e->size * scale), 1, cap);
            total += e->size;
        }
        // Hand out (or take back) the rounding difference one row at a time.
        for (std::size_t i = 0; total != m_options.attendance && i < named.size() * 4; ++i) {
            EventRow* e = named[i % named.size()];
            if (total < m_options.attendance && e->size < cap)
                ++e->size, ++total;
            else if (total > m_options.attendance && e->size > 1)
                --e->size, --total;
        }
    }

    Status attendance()
    {
        if (m_people.empty())
            return Status::success();
        sizeEvents();
        const qint64 present = code(QStringLiteral("attendance-status"), QStringLiteral("present"));
        const qint64 statuses[] = {present,
                                   code(QStringLiteral("attendance-status"), QStringLiteral("absent")),
                                   code(QStringLiteral("attendance-status"), QStringLiteral("proxy")),
                                   code(QStringLiteral("attendance-status"), QStringLiteral("no-reply"))};
        const qint64 proxy = statuses[2];
        const qint64 participant = code(QStringLiteral("attendance-role"), QStringLiteral("participant"));
        const qint64 lecturer = code(QStringLiteral("attendance-role"), QStringLiteral("lecturer"));
        const qint64 facilitator = code(QStringLiteral("attendance-role"), QStringLiteral("facilitator"));
        const qint64 secretariat = code(QStringLiteral("attendance-role"), QStringLiteral("secretariat"));
        const std::array meetingStatus{80, 12, 5, 3};
        const std::array trainingStatus{92, 5, 1, 2};
        std::vector<qint64> headcountProfessions;
        for (const char* p : {"doctor", "nurse", "care-manager", "care-worker", "pharmacist",
                              "physiotherapist", "social-worker", "other", "unknown", "unknown", "unknown"})
            headcountProfessions.push_back(m_professionIds.value(QLatin1String(p)));

        QSqlQuery insert =
            prepare(QStringLiteral("INSERT INTO attendance (id, event_id, person_id, status_id, role_id, "
                                   "substitute_for_id, profession_id, "
                                   "organisation_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery headcount = prepare(
            QStringLiteral("INSERT INTO headcount (event_id, profession_id, count) VALUES (?, ?, ?)"));
        QSqlQuery item = prepare(QStringLiteral("INSERT INTO programme_item (id, event_id, kind_id, title, "
                                                "position, note) VALUES (?, ?, ?, ?, ?, '')"));
        QSqlQuery itemLecturer = prepare(
            QStringLiteral("INSERT INTO programme_lecturer (item_id, person_id, position) VALUES (?, ?, ?)"));
        const QVariant noId(QMetaType(QMetaType::LongLong));
        const QString empty = QStringLiteral("");

        std::vector<int> stamp(m_people.size(), -1); // event index that last took each person
        qint64 attendanceId = nextId(QStringLiteral("attendance"));
        qint64 itemId = nextId(QStringLiteral("programme_item"));
        qint64 rows = 0, headcountRows = 0, items = 0;
        const int everyone = int(m_people.size());
        const int committee = std::min(everyone, 3000);

        for (int ei = 0; ei < int(m_events.size()); ++ei) {
            EventRow& e = m_events[std::size_t(ei)];
            const bool meeting = e.kind == QLatin1String("meeting");
            std::vector<int> lecturers;
            int left = e.size;
            const auto take = [&](int person) {
                if (stamp[std::size_t(person)] == ei)
                    return false;
                stamp[std::size_t(person)] = ei;
                return true;
            };
            const auto write = [&](int person, qint64 status, qint64 role) -> bool {
                const PersonRow& p = m_people[std::size_t(person)];
                insert.bindValue(0, attendanceId++);
                insert.bindValue(1, e.id);
                insert.bindValue(2, p.id);
                insert.bindValue(3, status);
                insert.bindValue(4, role);
                if (status == proxy) {
                    // Came in place of someone who is not at the event; one proxy per member.
                    int other = m_order[std::size_t(m_rng.below(everyone))];
                    while (!take(other))
                        other = (other + 1) % everyone;
                    insert.bindValue(5, m_people[std::size_t(other)].id);
                } else {
                    insert.bindValue(5, noId);
                }
                insert.bindValue(6, p.professionId);
                insert.bindValue(7, p.organisationId > 0 ? QVariant(p.organisationId) : noId);
                insert.bindValue(8, empty);
                --left;
                ++rows;
                return insert.exec();
            };
            // Who carries the event: secretariat staff, and at trainings lecturers and facilitators.
            if (left > 0 && !m_secretariat.empty()) {
                for (int k = m_rng.between(1, 3); k > 0 && left > 0; --k) {
                    const int person = m_secretariat[std::size_t(m_rng.below(int(m_secretariat.size())))];
                    if (take(person) && !write(person, present, secretariat))
                        return fail(insert, QStringLiteral("attendance"));
                }
            }
            if (!meeting && left > 0 && !m_lecturers.empty()) {
                for (int k = m_rng.between(1, 3); k > 0 && left > 0; --k) {
                    const int person = m_lecturers[std::size_t(m_rng.below(int(m_lecturers.size())))];
                    if (!take(person))
                        continue;
                    lecturers.push_back(person);
                    if (!write(person, present, lecturer))
                        return fail(insert, QStringLiteral("attendance"));
                }
                if (e.format.contains(QLatin1String("group-work")))
                    for (int k = m_rng.between(2, 6); k > 0 && left > 0; --k) {
                        const int person = regular(committee);
                        if (take(person) && !write(person, present, facilitator))
                            return fail(insert, QStringLiteral("attendance"));
                    }
            }
            // Participants: at meetings the body's members first, then regulars; at trainings anyone.
            if (meeting)
                for (int person : m_members.value(e.bodyId))
                    if (left > 0 && take(person) &&
                        !write(person, statuses[m_rng.weighted(meetingStatus)], participant))
                        return fail(insert, QStringLiteral("attendance"));
            const int pool = meeting ? committee : everyone;
            for (int misses = 0; left > 0;) {
                int person = regular(pool);
                if (!take(person)) {
                    // Crowded (a huge event for a small file): walk to the next free person.
                    if (++misses < 64)
                        continue;
                    bool found = false;
                    for (int step = 0; step < everyone && !found; ++step) {
                        person = m_order[std::size_t((step + misses) % everyone)];
                        found = take(person);
                    }
                    if (!found)
                        break;
                }
                if (!write(person, statuses[m_rng.weighted(meeting ? meetingStatus : trainingStatus)],
                           participant))
                    return fail(insert, QStringLiteral("attendance"));
            }

            // Headcounts: participants without names, mostly 不明, at some events.
            const bool headcountOnly = e.recorded == EventRow::Recorded::HeadcountOnly;
            if (headcountOnly || (e.recorded == EventRow::Recorded::Named && m_rng.chance(0.15))) {
                QSet<qint64> used;
                for (int k = headcountOnly ? m_rng.between(2, 5) : m_rng.between(1, 3); k > 0; --k) {
                    const qint64 profession =
                        headcountProfessions[std::size_t(m_rng.below(int(headcountProfessions.size())))];
                    if (used.contains(profession))
                        continue;
                    used.insert(profession);
                    headcount.bindValue(0, e.id);
                    headcount.bindValue(1, profession);
                    headcount.bindValue(2, headcountOnly ? m_rng.between(5, 40) : m_rng.between(1, 20));
                    if (!headcount.exec())
                        return fail(headcount, QStringLiteral("headcount"));
                    ++headcountRows;
                }
            }

            // The programme: reports and discussion at meetings; lectures (by the event's
            // lecturers), cases and group work at trainings.
            struct Item
            {
                const char* kind;
                QString title;
            };
            std::vector<Item> programme;
            if (meeting) {
                programme.push_back({"report", u8("報告事項")});
                programme.push_back({"discussion", e.theme});
            } else {
                programme.push_back({e.kind == QLatin1String("case-study") ? "mini-lecture" : "lecture",
                                     e.theme + u8("について")});
                if (e.kind == QLatin1String("case-study"))
                    programme.push_back({"case", u8("事例提供：") + e.theme});
                if (e.format.contains(QLatin1String("group-work")))
                    programme.push_back({"group-work", u8("グループワーク「") + e.theme + u8("」")});
            }
            for (std::size_t k = 0; k < programme.size(); ++k) {
                const qint64 id = itemId++;
                item.bindValue(0, id);
                item.bindValue(1, e.id);
                item.bindValue(2,
                               code(QStringLiteral("programme-item-kind"), QLatin1String(programme[k].kind)));
                item.bindValue(3, programme[k].title);
                item.bindValue(4, int(k) + 1);
                if (!item.exec())
                    return fail(item, QStringLiteral("programme item"));
                ++items;
                if (k == 0)
                    for (std::size_t l = 0; l < lecturers.size(); ++l) {
                        itemLecturer.bindValue(0, id);
                        itemLecturer.bindValue(1, m_people[std::size_t(lecturers[l])].id);
                        itemLecturer.bindValue(2, int(l) + 1);
                        if (!itemLecturer.exec())
                            return fail(itemLecturer, QStringLiteral("programme lecturer"));
                    }
            }
        }
        if (m_log)
            m_log->append(QStringLiteral("  %1 attendance rows, %2 headcounts, %3 programme items")
                              .arg(rows)
                              .arg(headcountRows)
                              .arg(items));
        return Status::success();
    }

    Database& m_db;
    const DataGenerator::Options& m_options;
    QStringList* m_log;
    Random m_rng;
    Picker m_surnames, m_givenNames, m_places, m_nicknames, m_venues, m_themes;

    QHash<QString, qint64> m_codes;         // "list/code" → id
    QHash<QString, qint64> m_professionIds; // profession code → id
    QHash<QString, qint64> m_bodies;        // body kind code → first body of that kind
    QHash<QString, std::vector<qint64>> m_orgsByCategory;
    std::vector<PersonRow> m_people;
    std::vector<int> m_order;                  // person indexes, regulars first
    std::vector<int> m_secretariat;            // person indexes
    std::vector<int> m_lecturers;              // person indexes
    QHash<qint64, std::vector<int>> m_members; // body id → current members (person indexes)
    std::vector<EventRow> m_events;
};

} // namespace

Status DataGenerator::generate(const QString& path, QStringList* log)
{
    if (m_options.people < 0 || m_options.events < 0 || m_options.attendance < 0 ||
        m_options.organisations < 0)
        return Status::failure(QStringLiteral("Sizes must not be negative."));
    if (qint64(m_options.attendance) > qint64(m_options.people) * m_options.events)
        return Status::failure(
            QStringLiteral("%1 attendance rows cannot be unique per event and person with %2 "
                           "people and %3 events.")
                .arg(m_options.attendance)
                .arg(m_options.people)
                .arg(m_options.events));
    QElapsedTimer timer;
    timer.start();
    Database db;
    Status st = db.create(path);
    if (st)
        st = SampleLoader::load(db, QStringLiteral("kaga"));
    if (!st)
        return st;
    if (log)
        log->append(QStringLiteral("database and Kaga sample: %1 ms").arg(timer.restart()));
    {
        // A larger page cache for the bulk insert (this connection only; not stored in the file).
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA cache_size = -262144"));
        TransactionGuard tx(db.connection());
        if (!tx.isActive())
            return Status::failure(QStringLiteral("No transaction could be started."), tx.errorText());
        Generator generator(db, m_options, log);
        st = generator.run();
        if (!st)
            return st;
        QElapsedTimer commit;
        commit.start();
        if (!tx.commit())
            return Status::failure(QStringLiteral("The data could not be committed."), tx.errorText());
        if (log)
            log->append(QStringLiteral("commit: %1 ms").arg(commit.elapsed()));
    }
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    db.close();
    if (log)
        log->append(QStringLiteral("total after the sample: %1 ms").arg(timer.elapsed()));
    return Status::success();
}
