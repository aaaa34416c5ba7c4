-- Reference data, identical on SQLite and PostgreSQL (keep db/sqlite and db/postgres in step).

-- Group A countries (グループA国): Export Trade Control Order (輸出貿易管理令) Appendix 3 (別表第3).
INSERT INTO group_a_country (code, name_en, name_ja) VALUES
    ('AR', 'Argentina', 'アルゼンチン'),
    ('AU', 'Australia', 'オーストラリア'),
    ('AT', 'Austria', 'オーストリア'),
    ('BE', 'Belgium', 'ベルギー'),
    ('BG', 'Bulgaria', 'ブルガリア'),
    ('CA', 'Canada', 'カナダ'),
    ('CZ', 'Czechia', 'チェコ'),
    ('DK', 'Denmark', 'デンマーク'),
    ('FI', 'Finland', 'フィンランド'),
    ('FR', 'France', 'フランス'),
    ('DE', 'Germany', 'ドイツ'),
    ('GR', 'Greece', 'ギリシャ'),
    ('HU', 'Hungary', 'ハンガリー'),
    ('IE', 'Ireland', 'アイルランド'),
    ('IT', 'Italy', 'イタリア'),
    ('KR', 'Republic of Korea', '大韓民国'),
    ('LU', 'Luxembourg', 'ルクセンブルク'),
    ('NL', 'Netherlands', 'オランダ'),
    ('NZ', 'New Zealand', 'ニュージーランド'),
    ('NO', 'Norway', 'ノルウェー'),
    ('PL', 'Poland', 'ポーランド'),
    ('PT', 'Portugal', 'ポルトガル'),
    ('ES', 'Spain', 'スペイン'),
    ('SE', 'Sweden', 'スウェーデン'),
    ('CH', 'Switzerland', 'スイス'),
    ('GB', 'United Kingdom', '英国'),
    ('US', 'United States', 'アメリカ合衆国');

-- Revisions of the technology list (METI Notice No. 178 of 2024 and its amendments).

INSERT INTO technology_revision (id, notice_reference, effective_date, note) VALUES
    ('R2024-178', '経済産業省告示第178号（令和6年） / METI Notice No. 178 of 2024', '2024-12-30', '①–⑩ in force from 2024-12-30 (scheme start).');
INSERT INTO technology_item (revision_id, item_number, name_ja, name_en, status, effective_from) VALUES
    ('R2024-178', 1, '積層セラミックコンデンサ（MLCC）', 'Multilayer ceramic capacitors', 'EFFECTIVE', '2024-12-30'),
    ('R2024-178', 2, 'SAW及びBAWフィルタ', 'SAW and BAW filters', 'EFFECTIVE', '2024-12-30'),
    ('R2024-178', 3, '電解銅箔', 'Electrolytic copper foil', 'EFFECTIVE', '2024-12-30'),
    ('R2024-178', 4, '誘電体フィルム', 'Dielectric film', 'EFFECTIVE', '2024-12-30'),
    ('R2024-178', 5, 'チタン酸バリウム（粉体）', 'Barium titanate (powder)', 'EFFECTIVE', '2024-12-30'),
    ('R2024-178', 6, '炭素繊維', 'Carbon fibre', 'EFFECTIVE', '2024-12-30'),
    ('R2024-178', 7, '炭化ケイ素繊維', 'Silicon carbide fibre', 'EFFECTIVE', '2024-12-30'),
    ('R2024-178', 8, 'フォトレジスト', 'Photoresist', 'EFFECTIVE', '2024-12-30'),
    ('R2024-178', 9, '非鉄金属ターゲット材', 'Non-ferrous metal target materials', 'EFFECTIVE', '2024-12-30'),
    ('R2024-178', 10, '走査型電子顕微鏡（SEM）及び透過型電子顕微鏡（TEM）', 'Scanning / transmission electron microscopes', 'EFFECTIVE', '2024-12-30');

INSERT INTO technology_revision (id, notice_reference, effective_date, note) VALUES
    ('R2026-19', 'METI Notice No. 178 of 2024 as amended (amending notice unconfirmed)', '2026-04-07', '⑪–⑲ were in force by 2026-04-07 (METI deck of 2026-04-07: 現在19の技術); their exact effective date is unconfirmed. ⑳–㉔ under public comment.');
INSERT INTO technology_item (revision_id, item_number, name_ja, name_en, status, effective_from) VALUES
    ('R2026-19', 1, '積層セラミックコンデンサ（MLCC）', 'Multilayer ceramic capacitors', 'EFFECTIVE', '2024-12-30'),
    ('R2026-19', 2, 'SAW及びBAWフィルタ', 'SAW and BAW filters', 'EFFECTIVE', '2024-12-30'),
    ('R2026-19', 3, '電解銅箔', 'Electrolytic copper foil', 'EFFECTIVE', '2024-12-30'),
    ('R2026-19', 4, '誘電体フィルム', 'Dielectric film', 'EFFECTIVE', '2024-12-30'),
    ('R2026-19', 5, 'チタン酸バリウム（粉体）', 'Barium titanate (powder)', 'EFFECTIVE', '2024-12-30'),
    ('R2026-19', 6, '炭素繊維', 'Carbon fibre', 'EFFECTIVE', '2024-12-30'),
    ('R2026-19', 7, '炭化ケイ素繊維', 'Silicon carbide fibre', 'EFFECTIVE', '2024-12-30'),
    ('R2026-19', 8, 'フォトレジスト', 'Photoresist', 'EFFECTIVE', '2024-12-30'),
    ('R2026-19', 9, '非鉄金属ターゲット材', 'Non-ferrous metal target materials', 'EFFECTIVE', '2024-12-30'),
    ('R2026-19', 10, '走査型電子顕微鏡（SEM）及び透過型電子顕微鏡（TEM）', 'Scanning / transmission electron microscopes', 'EFFECTIVE', '2024-12-30'),
    ('R2026-19', 11, '磁気センサー', 'Magnetic sensors', 'EFFECTIVE', '2026-04-07'),
    ('R2026-19', 12, 'スポンジチタン', 'Titanium sponge', 'EFFECTIVE', '2026-04-07'),
    ('R2026-19', 13, '正負極バインダ', 'Cathode / anode binders', 'EFFECTIVE', '2026-04-07'),
    ('R2026-19', 14, '固体電解質', 'Solid electrolytes', 'EFFECTIVE', '2026-04-07'),
    ('R2026-19', 15, 'セパレータ製造装置', 'Separator manufacturing equipment', 'EFFECTIVE', '2026-04-07'),
    ('R2026-19', 16, '量子ドット', 'Quantum dots', 'EFFECTIVE', '2026-04-07'),
    ('R2026-19', 17, 'TADF材料（有機EL次世代発光材料）', 'TADF materials (next-generation OLED emitters)', 'EFFECTIVE', '2026-04-07'),
    ('R2026-19', 18, '位相差フィルム', 'Retardation film', 'EFFECTIVE', '2026-04-07'),
    ('R2026-19', 19, '軟性内視鏡', 'Flexible endoscopes', 'EFFECTIVE', '2026-04-07'),
    ('R2026-19', 20, 'ソルダーレジスト', 'Solder resist', 'PROPOSED', NULL),
    ('R2026-19', 21, 'GaN基板（GaN on GaN）', 'GaN substrates (GaN on GaN)', 'PROPOSED', NULL),
    ('R2026-19', 22, '永久磁石', 'Permanent magnets', 'PROPOSED', NULL),
    ('R2026-19', 23, 'ペロブスカイト太陽電池', 'Perovskite solar cells', 'PROPOSED', NULL),
    ('R2026-19', 24, 'シンチレータ', 'Scintillators', 'PROPOSED', NULL);

INSERT INTO technology_revision (id, notice_reference, effective_date, note) VALUES
    ('R2026-24', 'METI Notice No. 178 of 2024 as amended (⑳–㉔; amending notice unconfirmed)', '2026-07-01', '⑳–㉔ were under public comment on 2026-04-07; 2026-07-01 is a placeholder effective date until the amending notice is recorded as a new revision.');
INSERT INTO technology_item (revision_id, item_number, name_ja, name_en, status, effective_from) VALUES
    ('R2026-24', 1, '積層セラミックコンデンサ（MLCC）', 'Multilayer ceramic capacitors', 'EFFECTIVE', '2024-12-30'),
    ('R2026-24', 2, 'SAW及びBAWフィルタ', 'SAW and BAW filters', 'EFFECTIVE', '2024-12-30'),
    ('R2026-24', 3, '電解銅箔', 'Electrolytic copper foil', 'EFFECTIVE', '2024-12-30'),
    ('R2026-24', 4, '誘電体フィルム', 'Dielectric film', 'EFFECTIVE', '2024-12-30'),
    ('R2026-24', 5, 'チタン酸バリウム（粉体）', 'Barium titanate (powder)', 'EFFECTIVE', '2024-12-30'),
    ('R2026-24', 6, '炭素繊維', 'Carbon fibre', 'EFFECTIVE', '2024-12-30'),
    ('R2026-24', 7, '炭化ケイ素繊維', 'Silicon carbide fibre', 'EFFECTIVE', '2024-12-30'),
    ('R2026-24', 8, 'フォトレジスト', 'Photoresist', 'EFFECTIVE', '2024-12-30'),
    ('R2026-24', 9, '非鉄金属ターゲット材', 'Non-ferrous metal target materials', 'EFFECTIVE', '2024-12-30'),
    ('R2026-24', 10, '走査型電子顕微鏡（SEM）及び透過型電子顕微鏡（TEM）', 'Scanning / transmission electron microscopes', 'EFFECTIVE', '2024-12-30'),
    ('R2026-24', 11, '磁気センサー', 'Magnetic sensors', 'EFFECTIVE', '2026-04-07'),
    ('R2026-24', 12, 'スポンジチタン', 'Titanium sponge', 'EFFECTIVE', '2026-04-07'),
    ('R2026-24', 13, '正負極バインダ', 'Cathode / anode binders', 'EFFECTIVE', '2026-04-07'),
    ('R2026-24', 14, '固体電解質', 'Solid electrolytes', 'EFFECTIVE', '2026-04-07'),
    ('R2026-24', 15, 'セパレータ製造装置', 'Separator manufacturing equipment', 'EFFECTIVE', '2026-04-07'),
    ('R2026-24', 16, '量子ドット', 'Quantum dots', 'EFFECTIVE', '2026-04-07'),
    ('R2026-24', 17, 'TADF材料（有機EL次世代発光材料）', 'TADF materials (next-generation OLED emitters)', 'EFFECTIVE', '2026-04-07'),
    ('R2026-24', 18, '位相差フィルム', 'Retardation film', 'EFFECTIVE', '2026-04-07'),
    ('R2026-24', 19, '軟性内視鏡', 'Flexible endoscopes', 'EFFECTIVE', '2026-04-07'),
    ('R2026-24', 20, 'ソルダーレジスト', 'Solder resist', 'EFFECTIVE', '2026-07-01'),
    ('R2026-24', 21, 'GaN基板（GaN on GaN）', 'GaN substrates (GaN on GaN)', 'EFFECTIVE', '2026-07-01'),
    ('R2026-24', 22, '永久磁石', 'Permanent magnets', 'EFFECTIVE', '2026-07-01'),
    ('R2026-24', 23, 'ペロブスカイト太陽電池', 'Perovskite solar cells', 'EFFECTIVE', '2026-07-01'),
    ('R2026-24', 24, 'シンチレータ', 'Scintillators', 'EFFECTIVE', '2026-07-01');
