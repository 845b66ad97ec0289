-- The statutory days off of 2027 (全国年节及纪念日放假办法, as revised in 2024): New Year's Day, the
-- Spring Festival from its eve to the third day (lunar dates: eve = 6 February 2027), Qingming,
-- Labour Day (two days), Dragon Boat, Mid-Autumn and National Day (three days). The State Council's
-- yearly notice adds the bridging days and moves weekends; the commission enters that list in the
-- console (共享设置 → 节假日), which replaces these rows for the year.
insert into sharing_holiday (day, name)
select d::date, n
  from (values ('2027-01-01', '2027-01-01', '元旦'), ('2027-02-06', '2027-02-09', '春节'),
               ('2027-04-05', '2027-04-05', '清明节'), ('2027-05-01', '2027-05-02', '劳动节'),
               ('2027-06-09', '2027-06-09', '端午节'), ('2027-09-15', '2027-09-15', '中秋节'),
               ('2027-10-01', '2027-10-03', '国庆节')) as h(f, t, n),
       generate_series(h.f::date, h.t::date, interval '1 day') as d
on conflict (day) do nothing;
