-- One open (FILED) appeal per application, held by the database: two simultaneous filings both pass
-- the service's look-up, and only a unique index lets exactly one of them in.
create unique index enrollment_appeal_one_open_idx on enrollment_appeal (application_id) where status = 'FILED';
