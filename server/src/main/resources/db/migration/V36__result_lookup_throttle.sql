-- Wrong second facts on the public result look-up are counted per application number and draw:
-- the numbers are published with the draw's inputs, so the per-address limit alone is not enough.
alter table sign_in_throttle drop constraint sign_in_throttle_kind_check;
alter table sign_in_throttle add constraint sign_in_throttle_kind_check check (kind in ('USER', 'FAMILY', 'RESULT'));
