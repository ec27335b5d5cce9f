// People and organisations through their services: each write one transaction announcing what
// it changed, restore keeps the id, lists carry their labels in one query, the duplicate rule
// lives in one place, and a failed read is a failure, never an empty list or "not found".
#include "db/Database.h"
#include "db/QueryCounter.h"
#include "model/SameName.h"
#include "sample/SampleLoader.h"
#include "service/OrganisationService.h"
#include "service/PeopleService.h"
#include "service/Services.h"
#include "store/PersonStore.h"
#include "util/TestEnvironment.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestPeopleService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Services> m_services;
    int m_file = 0;

    Person named(const QString& name)
    {
        const auto found = PeopleService(*m_services).findByName(name);
        return found && !found->isEmpty() ? found->first() : Person();
    }
    Changes lastChanges(const QSignalSpy& spy) { return spy.last().at(0).value<Changes>(); }

private slots:
    void init()
    {
        m_services.reset();
        m_db.close();
        QVERIFY(m_db.create(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_file))));
        const Status st = SampleLoader::load(m_db, QStringLiteral("kaga"));
        QVERIFY2(st, qPrintable(st.fullText()));
        m_services = std::make_unique<Services>(m_db);
    }
    void cleanup() { m_services.reset(); }

    void addUpdateRemoveRestoreAnnounceTheirChanges()
    {
        PeopleService people(*m_services);
        QSignalSpy spy(&m_services->hub(), &ChangeHub::changed);
        Person p;
        p.name = QStringLiteral("山田花子");
        p.reading = QStringLiteral("やまだはなこ");
        const Result<qint64> id = people.add(p);
        QVERIFY2(id, qPrintable(id.status().fullText()));
        QCOMPARE(lastChanges(spy), (Changes{{Change::Entity::Person, Change::Op::Inserted, {*id}}}));

        Person stored = people.get(*id)->value();
        stored.department = QStringLiteral("地域連携室");
        QVERIFY(people.update(stored));
        QCOMPARE(lastChanges(spy), (Changes{{Change::Entity::Person, Change::Op::Updated, {*id}}}));
        QCOMPARE(people.get(*id)->value().department, QStringLiteral("地域連携室"));

        QVERIFY(people.remove(*id));
        QCOMPARE(lastChanges(spy), (Changes{{Change::Entity::Person, Change::Op::Removed, {*id}}}));
        QVERIFY(people.get(*id).ok());
        QVERIFY(!people.get(*id)->has_value()); // not found is no failure

        // Undo of the delete: the same id again, so later steps that refer to it still apply.
        QVERIFY(people.restore(stored));
        QCOMPARE(lastChanges(spy), (Changes{{Change::Entity::Person, Change::Op::Inserted, {*id}}}));
        QCOMPARE(people.get(*id)->value().department, QStringLiteral("地域連携室"));
    }

    void aFailedWriteAnnouncesNothing()
    {
        PeopleService people(*m_services);
        QSignalSpy spy(&m_services->hub(), &ChangeHub::changed);
        Person nobody;
        nobody.id = 999999;
        nobody.name = QStringLiteral("不在");
        const Status st = people.update(nobody);
        QVERIFY(!st);
        QVERIFY(!st.detail().isEmpty());
        // Referred to by attendance: the delete fails and says why.
        const Status referred = people.remove(named(QStringLiteral("白﨑直樹")).id);
        QVERIFY(!referred);
        QCOMPARE(spy.count(), 0);
        Person empty;
        QVERIFY(!people.add(empty));
    }

    void listsCarryTheirLabelsInOneQuery()
    {
        PeopleService people(*m_services);
        QueryCounter counter(m_db.connection());
        const auto list = people.list();
        QVERIFY2(list, qPrintable(list.status().fullText()));
        QCOMPARE(counter.count(), 1);
        const Person shirasaki = named(QStringLiteral("白﨑直樹"));
        const auto row = std::find_if(list->begin(), list->end(),
                                      [&](const PersonListing& l) { return l.person.id == shirasaki.id; });
        QVERIFY(row != list->end());
        QCOMPARE(row->organisation, QStringLiteral("加賀市医療センター"));
        QVERIFY(!row->profession.text().isEmpty());

        counter.restart();
        QList<qint64> ids;
        for (const PersonListing& l : *list)
            ids << l.person.id;
        QCOMPARE(people.rows(ids)->size(), list->size());
        QCOMPARE(people.rows(ids.mid(0, 2))->size(), 2);
        QCOMPARE(people.rowsOfOrganisations({shirasaki.organisationId})->isEmpty(), false);
        QCOMPARE(counter.count(), 3);

        OrganisationService organisations(*m_services);
        counter.restart();
        const auto orgs = organisations.list();
        QVERIFY(orgs);
        QCOMPARE(counter.count(), 1);
        QVERIFY(std::any_of(orgs->begin(), orgs->end(), [](const OrganisationListing& o) {
            return o.organisation.name == QStringLiteral("加賀市医療センター") && !o.category.text().isEmpty();
        }));
    }

    void searchCarriesOrganisationNamesInAFixedNumberOfQueries()
    {
        // renkei-cli search prints each person with their organisation: two queries, however
        // many people match, and the same people in the same order as search().
        PeopleService people(*m_services);
        const QList<Organisation> orgs = OrganisationService(*m_services).all().value();
        QVERIFY(orgs.size() >= 3);
        for (int i = 0; i < 6; ++i) {
            Person p;
            p.name = QStringLiteral("加藤%1").arg(QChar(u'一' + i));
            p.reading = QStringLiteral("かとう");
            p.organisationId = i % 3 == 2 ? 0 : orgs.at(i % 3).id; // some without an organisation
            QVERIFY(people.add(p));
        }
        const QString text = QStringLiteral("カトウ"); // folded: katakana finds hiragana
        const auto found = people.search(text);
        QVERIFY2(found, qPrintable(found.status().fullText()));
        QCOMPARE(found->size(), 6);
        QueryCounter counter(m_db.connection());
        const auto listed = people.searchListings(text);
        QVERIFY2(listed, qPrintable(listed.status().fullText()));
        QCOMPARE(counter.count(), 2);
        QCOMPARE(listed->size(), found->size());
        QHash<qint64, QString> names;
        for (const Organisation& o : orgs)
            names.insert(o.id, o.name);
        for (int i = 0; i < found->size(); ++i) {
            QCOMPARE(listed->at(i).person.id, found->at(i).id);
            QCOMPARE(listed->at(i).organisation, names.value(found->at(i).organisationId));
        }

        const auto shirasaki = people.searchListings(QStringLiteral("白﨑"));
        QVERIFY(shirasaki);
        QCOMPARE(shirasaki->size(), 1);
        QCOMPARE(shirasaki->first().organisation, QStringLiteral("加賀市医療センター"));
        QVERIFY(people.searchListings(QStringLiteral("該当なしの名前"))->isEmpty());
    }

    void theDuplicateRuleIsTheFoldedNameWithinTheOrganisation()
    {
        const Person shirasaki = named(QStringLiteral("白﨑直樹"));
        Person typed;
        typed.name = QStringLiteral("白崎　直樹"); // another kanji variant, a full-width space
        typed.organisationId = shirasaki.organisationId;
        QVERIFY(SameName::isDuplicate(typed, shirasaki));
        QCOMPARE(SameName::key(typed.name), SameName::key(shirasaki.name));
        QVERIFY(!SameName::isDuplicate(shirasaki, shirasaki)); // a record is not its own duplicate

        PeopleService people(*m_services);
        const auto found = people.possibleDuplicate(typed);
        QVERIFY(found);
        QVERIFY(found->has_value());
        QCOMPARE(found->value().id, shirasaki.id);

        Person elsewhere = typed;
        elsewhere.organisationId = 0; // no organisation: another person as far as the rule knows
        QVERIFY(!SameName::isDuplicate(elsewhere, shirasaki));
        QVERIFY(!people.possibleDuplicate(elsewhere)->has_value());
        QVERIFY(!people.possibleDuplicate(shirasaki)->has_value());
    }

    void organisationsRoundTrip()
    {
        OrganisationService organisations(*m_services);
        QSignalSpy spy(&m_services->hub(), &ChangeHub::changed);
        Organisation o;
        o.name = QStringLiteral("さくら訪問看護ステーション");
        const Result<qint64> id = organisations.add(o);
        QVERIFY(id);
        QCOMPARE(lastChanges(spy), (Changes{{Change::Entity::Organisation, Change::Op::Inserted, {*id}}}));
        Organisation stored = organisations.get(*id)->value();
        stored.name = QStringLiteral("さくら訪問看護ST");
        QVERIFY(organisations.update(stored));
        QCOMPARE(lastChanges(spy), (Changes{{Change::Entity::Organisation, Change::Op::Updated, {*id}}}));
        QCOMPARE(organisations.findByName(QStringLiteral("さくら訪問看護ＳＴ"))->size(), 1);
        QCOMPARE(organisations.references(*id)->any(), false);
        QVERIFY(organisations.remove(*id));
        QVERIFY(organisations.restore(stored));
        QCOMPARE(organisations.get(*id)->value().name, QStringLiteral("さくら訪問看護ST"));
        const auto kmc = organisations.findByName(QStringLiteral("加賀市医療センター"));
        QVERIFY(organisations.references(kmc->first().id)->people > 0);
        QVERIFY(!organisations.remove(kmc->first().id));
    }

    void aFailedReadIsAFailure()
    {
        const Person shirasaki = named(QStringLiteral("白﨑直樹"));
        QVERIFY(QSqlQuery(m_db.connection()).exec(QStringLiteral("ALTER TABLE person RENAME TO person_gone")));
        PeopleService people(*m_services);
        QVERIFY(!people.get(shirasaki.id).ok());
        QVERIFY(!people.list().ok());
        QVERIFY(!people.rows({shirasaki.id}).ok());
        QVERIFY(!people.search(QStringLiteral("しら")).ok());
        QVERIFY(!people.searchListings(QStringLiteral("しら")).ok());
        QVERIFY(!people.possibleDuplicate(shirasaki).ok());
        QVERIFY(!PersonStore(m_db).findByName(shirasaki.name).ok());
        const auto failed = people.list();
        QVERIFY(!failed.status().message().isEmpty());
        QVERIFY2(failed.status().detail().contains(QStringLiteral("person")), qPrintable(failed.status().detail()));

        QVERIFY(QSqlQuery(m_db.connection()).exec(QStringLiteral("ALTER TABLE organisation RENAME TO org_gone")));
        OrganisationService organisations(*m_services);
        QVERIFY(!organisations.all().ok());
        QVERIFY(!organisations.list().ok());
        QVERIFY(!organisations.get(1).ok());
        QVERIFY(!organisations.references(1).ok());
    }
};

RENKEI_TEST_MAIN(TestPeopleService)
#include "TestPeopleService.moc"
