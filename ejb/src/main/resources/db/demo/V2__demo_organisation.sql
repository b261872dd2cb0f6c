-- Demo organisation of company 1 for the run command: a principal (principal1), two leadership members (one
-- of them member1), a group with the safety office, a worker representative and a contracted registered
-- safety engineer, but no union member: the composition check flags it, and principal1 can designate a leader.
INSERT INTO person (company_id, name, position, phone, username, external, employer, created_at, created_by, updated_at, updated_by)
SELECT c.id, p.name, p.position, p.phone, p.username, p.external, p.employer, now(), 'demo', now(), 'demo'
FROM company c,
     (VALUES ('王建国', '总经理', '13805710001', 'principal1', false, NULL),
             ('李明', '分管安全副总经理', '13805710002', 'member1', false, NULL),
             ('周华', '生产副总经理', '13805710003', NULL, false, NULL),
             ('张伟', '安全管理部部长', '13805710004', 'manager1', false, NULL),
             ('陈立新', '合成车间班组长（职工代表）', '13805710005', NULL, false, NULL),
             ('赵工', '注册安全工程师', '0571-87650006', NULL, true, '浙江安评技术服务有限公司'))
         AS p(name, position, phone, username, external, employer)
WHERE c.credit_code = '91330106MA27Y1A30W'
  AND NOT EXISTS (SELECT 1 FROM person x WHERE x.company_id = c.id);

INSERT INTO org_term (company_id, person_id, role, category, certificate_no, start_date, created_at, created_by)
SELECT p.company_id, p.id, t.role, t.category, t.certificate_no, DATE '2026-01-01', now(), 'demo'
FROM person p
JOIN (VALUES ('王建国', 'PRINCIPAL', NULL, NULL),
             ('李明', 'LEADERSHIP', NULL, NULL),
             ('周华', 'LEADERSHIP', NULL, NULL),
             ('张伟', 'GROUP_MEMBER', 'SAFETY_OFFICE', NULL),
             ('陈立新', 'GROUP_MEMBER', 'WORKER_REP', NULL),
             ('赵工', 'GROUP_MEMBER', 'REGISTERED_SAFETY_ENGINEER', '0033012345'))
    AS t(name, role, category, certificate_no) ON t.name = p.name
JOIN company c ON c.id = p.company_id AND c.credit_code = '91330106MA27Y1A30W'
WHERE NOT EXISTS (SELECT 1 FROM org_term x WHERE x.company_id = p.company_id);
