-- 年度考核: a criterion may be scored from the workforce module's joint research records (联合教研).
alter table evaluation_assessment_criterion drop constraint evaluation_assessment_criterion_source_check;
alter table evaluation_assessment_criterion add constraint evaluation_assessment_criterion_source_check
    check (source in ('MANUAL', 'SUPERVISION_POINTS', 'DISTRICT_ACTIVITIES', 'JOINT_RESEARCH'));
