-- Renkei schema version 3: 代理出席 is recorded on the row of the person who came.
-- Before, the absent member's row had the status 'proxy' and substitute_for_id pointed at the
-- person who came. Now the person who came has the row: status 'proxy', substitute_for_id the
-- member they stood in for, and their own profession and organisation, so that counts by
-- profession and by organisation, and 実人数, count the person who was there.
CREATE TEMP TABLE proxy_move AS
    SELECT a.id, a.event_id, a.person_id AS member_id, a.substitute_for_id AS came_id,
           a.status_id, a.role_id, a.note
    FROM attendance a JOIN code s ON s.id = a.status_id
    WHERE s.list = 'attendance-status' AND s.code = 'proxy' AND a.substitute_for_id IS NOT NULL
      AND a.substitute_for_id <> a.person_id;
-- One person can stand in for one member per event; a second one keeps its member row and the
-- name of the person who came in its note, so nothing is lost.
DELETE FROM proxy_move WHERE id NOT IN (SELECT min(id) FROM proxy_move GROUP BY event_id, came_id);
UPDATE attendance
SET note = trim(note || ' 代理: ' || coalesce((SELECT name FROM person WHERE id = attendance.substitute_for_id), '')),
    substitute_for_id = NULL
WHERE substitute_for_id IS NOT NULL AND id NOT IN (SELECT id FROM proxy_move)
  AND status_id = (SELECT id FROM code WHERE list = 'attendance-status' AND code = 'proxy');
-- Any other substitute recorded under the old meaning (status since changed) no longer applies.
UPDATE attendance SET substitute_for_id = NULL
WHERE substitute_for_id IS NOT NULL AND id NOT IN (SELECT id FROM proxy_move);
-- The person who came already had a row at the event: it becomes the proxy row.
UPDATE attendance
SET status_id = m.status_id, role_id = m.role_id, substitute_for_id = m.member_id,
    note = trim(attendance.note || ' ' || m.note)
FROM proxy_move m
WHERE attendance.event_id = m.event_id AND attendance.person_id = m.came_id;
-- Otherwise a new row, with the profession and organisation known of that person.
INSERT INTO attendance (event_id, person_id, status_id, role_id, substitute_for_id, profession_id,
                        organisation_id, note)
SELECT m.event_id, m.came_id, m.status_id, m.role_id, m.member_id, p.profession_id, p.organisation_id, m.note
FROM proxy_move m JOIN person p ON p.id = m.came_id
WHERE NOT EXISTS (SELECT 1 FROM attendance x WHERE x.event_id = m.event_id AND x.person_id = m.came_id);
DELETE FROM attendance WHERE id IN (SELECT id FROM proxy_move);
DROP TABLE proxy_move;
CREATE UNIQUE INDEX attendance_substitute ON attendance(event_id, substitute_for_id)
    WHERE substitute_for_id IS NOT NULL;
