-- 轮岗交流: a round may need the commission's countersignature (区教委会签): the district office's approval then only
-- submits it (SUBMITTED), and the commission approves it or sends it back.
alter table workforce_rotation_round add column countersign boolean not null default false;
alter table workforce_rotation_round add column submitted_at timestamptz;
alter table workforce_rotation_round add column submitted_by varchar(100);
alter table workforce_rotation_round drop constraint workforce_rotation_round_status_check;
alter table workforce_rotation_round add constraint workforce_rotation_round_status_check
    check (status in ('COLLECTING', 'PROPOSED', 'SUBMITTED', 'APPROVED', 'CANCELLED'));
