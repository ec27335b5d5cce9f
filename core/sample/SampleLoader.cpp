#include "sample/SampleLoader.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "store/AttendanceStore.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeStore.h"
#include "store/SettingsStore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
// Resolves the sample's keys and code names to ids, remembering the first problem.
class Resolver
{
public:
    Resolver(const Database& db, const QJsonObject& texts) : m_codes(db), m_texts(texts) {}

    qint64 code(const QString& list, const QString& name)
    {
        if (name.isEmpty())
            return 0;
        const Result<qint64> id = m_codes.idOf(list, name);
        if (!id)
            fail(id.status().fullText());
        else if (*id == 0)
            fail(QStringLiteral("unknown %1 code \"%2\"").arg(list, name));
        return id.valueOr(0);
    }
    qint64 key(const QHash<QString, qint64>& map, const QString& name)
    {
        if (name.isEmpty())
            return 0;
        if (!map.contains(name))
            fail(QStringLiteral("unknown key \"%1\"").arg(name));
        return map.value(name);
    }
    // A text that starts with '@' names an entry of "texts", so long passages appear once.
    QString text(const QJsonValue& v) const
    {
        const QString s = v.toString();
        return s.startsWith(u'@') ? m_texts.value(s.mid(1)).toString() : s;
    }
    void fail(const QString& problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }
    const QString& problem() const { return m_problem; }

private:
    CodeListStore m_codes;
    QJsonObject m_texts;
    QString m_problem;
};
} // namespace

QStringList SampleLoader::availableSamples()
{
    QStringList names;
    for (const QString& file : QDir(QStringLiteral(":/sample")).entryList({QStringLiteral("*.json")}))
        names << file.chopped(5);
    return names;
}

Status SampleLoader::load(Database& db, const QString& sampleName)
{
    QFile file(QStringLiteral(":/sample/%1.json").arg(sampleName));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("There is no sample called \"%1\". Available: %2")
                                   .arg(sampleName, availableSamples().join(QStringLiteral(", "))));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Status::failure(tr("The sample \"%1\" is damaged.").arg(sampleName), error.errorString());
    return loadDocument(db, doc.object());
}

Status SampleLoader::loadDocument(Database& db, const QJsonObject& root)
{
    const QString failed = tr("The sample data could not be loaded.");
    TransactionGuard tx(db.connection());
    if (!tx.isActive())
        return Status::failure(failed, tx.errorText());
    Resolver r(db, root.value(QStringLiteral("texts")).toObject());
    Status st;
    const auto keep = [&st](const Status& s) {
        if (st && !s)
            st = s;
    };

    SettingsStore settings(db);
    const QJsonObject settingValues = root.value(QStringLiteral("settings")).toObject();
    for (auto it = settingValues.begin(); it != settingValues.end(); ++it)
        keep(settings.setValue(it.key(), it.value().toString()));

    QHash<QString, qint64> orgs, people, bodies;
    OrganisationStore orgStore(db);
    for (const QJsonValue& v : root.value(QStringLiteral("organisations")).toArray()) {
        const QJsonObject o = v.toObject();
        Organisation org;
        org.name = o.value(QStringLiteral("name")).toString();
        org.reading = o.value(QStringLiteral("reading")).toString();
        org.categoryId = r.code(CodeListStore::OrganisationCategory, o.value(QStringLiteral("category")).toString());
        org.note = o.value(QStringLiteral("note")).toString();
        keep(orgStore.insert(org));
        orgs.insert(o.value(QStringLiteral("key")).toString(), org.id);
    }

    PersonStore personStore(db);
    for (const QJsonValue& v : root.value(QStringLiteral("people")).toArray()) {
        const QJsonObject o = v.toObject();
        Person p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.reading = o.value(QStringLiteral("reading")).toString();
        p.professionId = r.code(CodeListStore::Profession, o.value(QStringLiteral("profession")).toString());
        p.organisationId = r.key(orgs, o.value(QStringLiteral("organisation")).toString());
        p.department = o.value(QStringLiteral("department")).toString();
        p.title = o.value(QStringLiteral("title")).toString();
        keep(personStore.insert(p));
        people.insert(o.value(QStringLiteral("key")).toString(), p.id);
    }

    BodyStore bodyStore(db);
    for (const QJsonValue& v : root.value(QStringLiteral("bodies")).toArray()) {
        const QJsonObject o = v.toObject();
        Body b;
        b.name = o.value(QStringLiteral("name")).toString();
        b.shortName = o.value(QStringLiteral("short_name")).toString();
        b.kindId = r.code(CodeListStore::BodyKind, o.value(QStringLiteral("kind")).toString());
        b.parentId = r.key(bodies, o.value(QStringLiteral("parent")).toString());
        b.reportsToId = r.key(bodies, o.value(QStringLiteral("reports_to")).toString());
        b.note = r.text(o.value(QStringLiteral("note")));
        keep(bodyStore.insert(b));
        bodies.insert(o.value(QStringLiteral("key")).toString(), b.id);
    }
    for (const QJsonValue& v : root.value(QStringLiteral("memberships")).toArray()) {
        const QJsonObject o = v.toObject();
        Membership m;
        m.bodyId = r.key(bodies, o.value(QStringLiteral("body")).toString());
        m.personId = r.key(people, o.value(QStringLiteral("person")).toString());
        m.organisationId = r.key(orgs, o.value(QStringLiteral("organisation")).toString());
        m.professionId = r.code(CodeListStore::Profession, o.value(QStringLiteral("profession")).toString());
        m.roleId = r.code(CodeListStore::MembershipRole, o.value(QStringLiteral("role")).toString());
        m.note = o.value(QStringLiteral("note")).toString();
        keep(bodyStore.insert(m));
    }

    EventStore eventStore(db);
    ProgrammeStore programmeStore(db);
    AttendanceStore attendanceStore(db);
    for (const QJsonValue& v : root.value(QStringLiteral("events")).toArray()) {
        const QJsonObject o = v.toObject();
        Event e;
        e.kindId = r.code(CodeListStore::EventKind, o.value(QStringLiteral("kind")).toString());
        e.bodyId = r.key(bodies, o.value(QStringLiteral("body")).toString());
        for (const QJsonValue& co : o.value(QStringLiteral("co_organisers")).toArray())
            e.coOrganiserIds << r.key(bodies, co.toString());
        e.series = o.value(QStringLiteral("series")).toString();
        e.number = o.value(QStringLiteral("number")).toInt();
        e.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        e.startTime = QTime::fromString(o.value(QStringLiteral("start")).toString(), QStringLiteral("HH:mm"));
        e.endTime = QTime::fromString(o.value(QStringLiteral("end")).toString(), QStringLiteral("HH:mm"));
        e.venue = o.value(QStringLiteral("venue")).toString();
        e.title = o.value(QStringLiteral("title")).toString();
        e.theme = o.value(QStringLiteral("theme")).toString();
        e.purpose = r.text(o.value(QStringLiteral("purpose")));
        e.outcomes = r.text(o.value(QStringLiteral("outcomes")));
        e.formatId = r.code(CodeListStore::EventFormat, o.value(QStringLiteral("format")).toString());
        e.note = o.value(QStringLiteral("note")).toString();
        keep(eventStore.insert(e));
        int position = 0;
        for (const QJsonValue& iv : o.value(QStringLiteral("programme")).toArray()) {
            const QJsonObject io = iv.toObject();
            ProgrammeItem item;
            item.eventId = e.id;
            item.kindId = r.code(CodeListStore::ProgrammeItemKind, io.value(QStringLiteral("kind")).toString());
            item.title = io.value(QStringLiteral("title")).toString();
            item.position = ++position;
            for (const QJsonValue& l : io.value(QStringLiteral("lecturers")).toArray())
                item.lecturerIds << r.key(people, l.toString());
            keep(programmeStore.insert(item));
        }
        const QJsonObject counts = o.value(QStringLiteral("headcounts")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            keep(attendanceStore.setHeadcount(
                {e.id, r.code(CodeListStore::Profession, it.key()), it.value().toInt()}));
    }

    if (!r.problem().isEmpty())
        return Status::failure(failed, r.problem());
    if (!st)
        return Status::failure(failed, st.fullText());
    if (!tx.commit())
        return Status::failure(failed, tx.errorText());
    return Status::success();
}
