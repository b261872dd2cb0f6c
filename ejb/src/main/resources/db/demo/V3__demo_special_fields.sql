-- Demo company 2 (metal structures, 机械) polishes parts and cleans sumps: dust explosion hazards and confined
-- spaces, so its checklist has GM10-2023 第三、七、十一、十三条.
UPDATE company SET special_fields = 'DUST_EXPLOSION,CONFINED_SPACE'
WHERE credit_code = '91330206MA2H5K8N1P' AND special_fields = '';
