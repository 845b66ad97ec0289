-- Requests nobody decided before their start expire (EXPIRED); they hold no slot.
alter table sharing_booking drop constraint sharing_booking_status_check;
alter table sharing_booking add constraint sharing_booking_status_check
    check (status in ('REQUESTED', 'CONFIRMED', 'WAITLISTED', 'REJECTED', 'CANCELLED', 'USED', 'NO_SHOW', 'EXPIRED'));

-- The expiry sweep reads only undecided bookings by start.
create index sharing_booking_undecided_idx on sharing_booking (starts_at) where status in ('REQUESTED', 'WAITLISTED');
