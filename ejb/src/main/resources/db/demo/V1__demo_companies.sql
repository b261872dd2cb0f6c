-- Demo data of the run command (SELFCHECK_DEMO_DATA=true); never loaded in tests or production.
-- The two companies of the demo realm's users: company 1 (manager1, principal1, member1) and company 2.
INSERT INTO company (credit_code, name, region_code, industry_code, industry_name, high_risk,
                     standardisation_grade, address, created_at, created_by, updated_at, updated_by)
VALUES ('91330106MA27Y1A30W', '杭州西湖精细化工有限公司', '330106', 'C2614', '有机化学原料制造', true,
        'GRADE_2', '浙江省杭州市西湖区三墩镇振华路 88 号', now(), 'demo', now(), 'demo'),
       ('91330206MA2H5K8N1P', '宁波北仑金属制品有限公司', '330206', 'C3311', '金属结构制造', false,
        'GRADE_3', '浙江省宁波市北仑区新碶街道明州路 18 号', now(), 'demo', now(), 'demo')
ON CONFLICT (credit_code) DO NOTHING;
