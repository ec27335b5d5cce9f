-- Renkei schema version 1: one council's records.
-- Dates are ISO 8601 text (YYYY-MM-DD), times HH:MM. Every statement ends with ';' at end of line.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Editable code lists (professions, categories, statuses ...). `list` names the list,
-- `code` is a stable identifier the program may rely on, labels are what users see.
CREATE TABLE code (
    id         INTEGER PRIMARY KEY,
    list       TEXT NOT NULL,
    code       TEXT NOT NULL,
    label_ja   TEXT NOT NULL,
    label_en   TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    group_id   INTEGER REFERENCES code(id),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (list, code)
);

CREATE TABLE organisation (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (name <> ''),
    reading     TEXT NOT NULL DEFAULT '',
    category_id INTEGER REFERENCES code(id),
    address     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (name <> ''),
    reading         TEXT NOT NULL DEFAULT '',
    profession_id   INTEGER REFERENCES code(id),
    organisation_id INTEGER REFERENCES organisation(id),
    department      TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX person_organisation ON person(organisation_id);

-- 会議体: the council, its steering committee and working groups, the body it reports to,
-- partner councils.
CREATE TABLE body (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (name <> ''),
    short_name      TEXT NOT NULL DEFAULT '',
    kind_id         INTEGER NOT NULL REFERENCES code(id),
    parent_id       INTEGER REFERENCES body(id),
    reports_to_id   INTEGER REFERENCES body(id),
    organisation_id INTEGER REFERENCES organisation(id),
    note            TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE membership (
    id              INTEGER PRIMARY KEY,
    body_id         INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
    person_id       INTEGER REFERENCES person(id),
    organisation_id INTEGER REFERENCES organisation(id),
    profession_id   INTEGER REFERENCES code(id),
    role_id         INTEGER REFERENCES code(id),
    represents_id   INTEGER REFERENCES organisation(id),
    term_from       TEXT,
    term_to         TEXT,
    note            TEXT NOT NULL DEFAULT '',
    -- A seat held by a person, by an organisation, or (composition by profession) a profession.
    CHECK (person_id IS NOT NULL OR organisation_id IS NOT NULL OR profession_id IS NOT NULL),
    CHECK (term_to IS NULL OR term_from IS NULL OR term_from <= term_to)
);
CREATE INDEX membership_body ON membership(body_id);
CREATE INDEX membership_person ON membership(person_id);

CREATE TABLE series (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (name <> '')
);

CREATE TABLE event (
    id         INTEGER PRIMARY KEY,
    kind_id    INTEGER NOT NULL REFERENCES code(id),
    body_id    INTEGER REFERENCES body(id),
    series_id  INTEGER REFERENCES series(id),
    number     INTEGER CHECK (number IS NULL OR number > 0),
    date       TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    start_time TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    end_time   TEXT CHECK (end_time IS NULL OR end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    venue      TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL CHECK (title <> ''),
    theme      TEXT NOT NULL DEFAULT '',
    purpose    TEXT NOT NULL DEFAULT '',
    outcomes   TEXT NOT NULL DEFAULT '',
    format_id  INTEGER REFERENCES code(id),
    minutes    TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX event_date ON event(date);

CREATE TABLE event_co_organiser (
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    body_id  INTEGER NOT NULL REFERENCES body(id),
    PRIMARY KEY (event_id, body_id)
);

CREATE TABLE programme_item (
    id       INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    kind_id  INTEGER REFERENCES code(id),
    title    TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    note     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX programme_item_event ON programme_item(event_id);

CREATE TABLE programme_lecturer (
    item_id   INTEGER NOT NULL REFERENCES programme_item(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id),
    position  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, person_id)
);

-- Named attendance. Profession and organisation are copied as of the event, so that a
-- person's later change of job does not rewrite last year's counts.
CREATE TABLE attendance (
    id                 INTEGER PRIMARY KEY,
    event_id           INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    person_id          INTEGER NOT NULL REFERENCES person(id),
    status_id          INTEGER NOT NULL REFERENCES code(id),
    role_id            INTEGER NOT NULL REFERENCES code(id),
    substitute_for_id  INTEGER REFERENCES person(id),
    profession_id      INTEGER REFERENCES code(id),
    organisation_id    INTEGER REFERENCES organisation(id),
    note               TEXT NOT NULL DEFAULT '',
    UNIQUE (event_id, person_id)
);
CREATE INDEX attendance_person ON attendance(person_id);

-- Participants known only as a number, per profession (the profession 'unknown' when
-- not even that is known).
CREATE TABLE headcount (
    event_id      INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    profession_id INTEGER NOT NULL REFERENCES code(id),
    count         INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (event_id, profession_id)
);

-- Default code lists; users may relabel, reorder and add to them. The profession 'unknown'
-- (participants counted without names) belongs to no group, so it stays visible as 不明.
INSERT INTO code (list, code, label_ja, label_en, sort_order) VALUES
    ('profession-group', 'doctor', '医師', 'Doctor', 10),
    ('profession-group', 'dentist', '歯科医師', 'Dentist', 20),
    ('profession-group', 'pharmacist', '薬剤師', 'Pharmacist', 30),
    ('profession-group', 'nursing', '看護職', 'Nursing', 40),
    ('profession-group', 'rehabilitation', 'リハビリ職', 'Rehabilitation', 50),
    ('profession-group', 'care-manager', '介護支援専門員', 'Care manager', 60),
    ('profession-group', 'care-worker', '介護職', 'Care worker', 70),
    ('profession-group', 'welfare', '福祉職', 'Welfare', 80),
    ('profession-group', 'government', '行政', 'Government', 90),
    ('profession-group', 'other', 'その他', 'Other', 100);
INSERT INTO code (list, code, label_ja, label_en, sort_order) VALUES
    ('organisation-category', 'association', '職能団体・協議会', 'Professional association', 10),
    ('organisation-category', 'hospital', '病院', 'Hospital', 20),
    ('organisation-category', 'clinic', '診療所', 'Clinic', 30),
    ('organisation-category', 'dental-clinic', '歯科診療所', 'Dental clinic', 40),
    ('organisation-category', 'pharmacy', '薬局', 'Pharmacy', 50),
    ('organisation-category', 'visiting-nursing', '訪問看護ステーション', 'Visiting nursing station', 60),
    ('organisation-category', 'care-support', '居宅介護支援事業所', 'Care support office', 70),
    ('organisation-category', 'care-service', '介護サービス事業所', 'Care service provider', 80),
    ('organisation-category', 'welfare', '社会福祉協議会・福祉団体', 'Welfare organisation', 90),
    ('organisation-category', 'government', '行政機関', 'Government agency', 100),
    ('organisation-category', 'community', '地域団体', 'Community group', 110),
    ('organisation-category', 'other', 'その他', 'Other', 120);
INSERT INTO code (list, code, label_ja, label_en, sort_order) VALUES
    ('body-kind', 'council', '協議会', 'Council', 10),
    ('body-kind', 'steering-committee', '幹事会', 'Steering committee', 20),
    ('body-kind', 'working-group', 'ワーキンググループ', 'Working group', 30),
    ('body-kind', 'regional-medical-council', '地域医療審議会', 'Regional medical council', 40),
    ('body-kind', 'partner-council', '連携協議会', 'Partner council', 50),
    ('body-kind', 'other', 'その他', 'Other', 60);
INSERT INTO code (list, code, label_ja, label_en, sort_order) VALUES
    ('membership-role', 'chair', '会長', 'Chair', 10),
    ('membership-role', 'vice-chair', '副会長', 'Vice chair', 20),
    ('membership-role', 'member', '委員', 'Member', 30),
    ('membership-role', 'observer', 'オブザーバー', 'Observer', 40),
    ('membership-role', 'secretariat', '事務局', 'Secretariat', 50);
INSERT INTO code (list, code, label_ja, label_en, sort_order) VALUES
    ('attendance-status', 'present', '出席', 'Present', 10),
    ('attendance-status', 'absent', '欠席', 'Absent', 20),
    ('attendance-status', 'proxy', '代理出席', 'Attended by proxy', 30),
    ('attendance-status', 'no-reply', '未回答', 'No reply', 40);
INSERT INTO code (list, code, label_ja, label_en, sort_order) VALUES
    ('attendance-role', 'participant', '参加者', 'Participant', 10),
    ('attendance-role', 'lecturer', '講師', 'Lecturer', 20),
    ('attendance-role', 'facilitator', 'ファシリテーター', 'Facilitator', 30),
    ('attendance-role', 'secretariat', '事務局', 'Secretariat', 40);
INSERT INTO code (list, code, label_ja, label_en, sort_order) VALUES
    ('event-kind', 'meeting', '会議', 'Meeting', 10),
    ('event-kind', 'training', '研修会', 'Training', 20),
    ('event-kind', 'case-study', '事例検討会', 'Case-study meeting', 30),
    ('event-kind', 'joint-training', '合同研修', 'Joint training', 40),
    ('event-kind', 'lecture', '講演会', 'Public lecture', 50);
INSERT INTO code (list, code, label_ja, label_en, sort_order) VALUES
    ('programme-item-kind', 'case', '事例', 'Case', 10),
    ('programme-item-kind', 'mini-lecture', 'ミニレクチャー', 'Mini lecture', 20),
    ('programme-item-kind', 'lecture', '講義', 'Lecture', 30),
    ('programme-item-kind', 'group-work', 'グループワーク', 'Group work', 40),
    ('programme-item-kind', 'report', '報告', 'Report', 50),
    ('programme-item-kind', 'discussion', '協議', 'Discussion', 60),
    ('programme-item-kind', 'other', 'その他', 'Other', 70);
INSERT INTO code (list, code, label_ja, label_en, sort_order) VALUES
    ('event-format', 'in-person', '対面', 'In person', 10),
    ('event-format', 'group-work', 'グループワーク', 'Group work', 20),
    ('event-format', 'lecture', '講義', 'Lecture', 30),
    ('event-format', 'lecture-group-work', '講義・グループワーク', 'Lecture and group work', 40),
    ('event-format', 'online', 'オンライン', 'Online', 50),
    ('event-format', 'hybrid', 'ハイブリッド', 'Hybrid', 60);
INSERT INTO code (list, code, label_ja, label_en, sort_order, group_id) VALUES
    ('profession', 'doctor', '医師', 'Doctor', 10, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'doctor')),
    ('profession', 'dentist', '歯科医師', 'Dentist', 20, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'dentist')),
    ('profession', 'pharmacist', '薬剤師', 'Pharmacist', 30, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'pharmacist')),
    ('profession', 'nurse', '看護師', 'Nurse', 40, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'nursing')),
    ('profession', 'public-health-nurse', '保健師', 'Public health nurse', 50, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'nursing')),
    ('profession', 'assistant-nurse', '准看護師', 'Assistant nurse', 60, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'nursing')),
    ('profession', 'physiotherapist', '理学療法士', 'Physiotherapist', 70, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'rehabilitation')),
    ('profession', 'occupational-therapist', '作業療法士', 'Occupational therapist', 80, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'rehabilitation')),
    ('profession', 'speech-therapist', '言語聴覚士', 'Speech therapist', 90, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'rehabilitation')),
    ('profession', 'chief-care-manager', '主任介護支援専門員', 'Chief care manager', 100, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'care-manager')),
    ('profession', 'care-manager', '介護支援専門員', 'Care manager', 110, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'care-manager')),
    ('profession', 'care-worker', '介護福祉士', 'Certified care worker', 120, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'care-worker')),
    ('profession', 'home-helper', '訪問介護員', 'Home helper', 130, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'care-worker')),
    ('profession', 'social-worker', '社会福祉士', 'Social worker', 140, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'welfare')),
    ('profession', 'medical-social-worker', '医療ソーシャルワーカー', 'Medical social worker', 150, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'welfare')),
    ('profession', 'psychiatric-social-worker', '精神保健福祉士', 'Psychiatric social worker', 160, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'welfare')),
    ('profession', 'dental-hygienist', '歯科衛生士', 'Dental hygienist', 170, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'other')),
    ('profession', 'dietitian', '管理栄養士', 'Dietitian', 180, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'other')),
    ('profession', 'government-officer', '行政職員', 'Government officer', 190, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'government')),
    ('profession', 'other', 'その他', 'Other', 200, (SELECT id FROM code WHERE list = 'profession-group' AND code = 'other')),
    ('profession', 'unknown', '不明', 'Unknown', 210, NULL);
