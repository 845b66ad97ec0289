-- A region's training cycles never overlap, so "the current cycle" is one cycle, not whichever the database finds
-- first. int8range(region, region, '[]') with "=" stands in for btree_gist's equality (no extension needed), as for
-- bookings; region codes are six digits.
alter table workforce_training_cycle drop constraint workforce_training_cycle_once;
alter table workforce_training_cycle add constraint workforce_training_cycle_no_overlap exclude using gist (
    int8range(region_code::bigint, region_code::bigint, '[]') with =,
    daterange(starts_on, ends_on, '[]') with &&
);
