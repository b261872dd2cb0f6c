-- Demo bureaus of the run command: the province, Hangzhou city and Xihu district (company 1 files with the
-- district, company 2 in Ningbo with the province). All point at the intake bundled with the portal.
INSERT INTO bureau (name, jurisdiction, intake_url, receipt_keys_url, transport, contact, wants, active,
                    created_at, created_by, updated_at, updated_by)
VALUES ('浙江省应急管理厅', '33', 'http://localhost:8080/api/intake/filings', 'http://localhost:8080/api/intake/keys',
        'HTTP', '0571-00000000', 'HAZARD,MILESTONE,REPORT', true, now(), 'demo', now(), 'demo'),
       ('杭州市应急管理局', '3301', 'http://localhost:8080/api/intake/filings', 'http://localhost:8080/api/intake/keys',
        'HTTP', '0571-00000001', 'HAZARD,MILESTONE,REPORT', true, now(), 'demo', now(), 'demo'),
       ('杭州市西湖区应急管理局', '330106', 'http://localhost:8080/api/intake/filings', 'http://localhost:8080/api/intake/keys',
        'HTTP', '0571-00000002', 'HAZARD,MILESTONE,REPORT', true, now(), 'demo', now(), 'demo')
ON CONFLICT (jurisdiction) DO NOTHING;
