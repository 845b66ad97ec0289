#!/usr/bin/env python3
"""Writes a deterministic S.csv for the balance command: N schools (default 2,000) of a synthetic region.

    python3 bench/balance/generate.py OUT.csv [SCHOOLS] [SEED]

About 70 % primary, 20 % junior, 10 % nine-year schools, every 20th nine-year school with senior
pupils (twelve-year); resources around the 2017 minimums, 0.4-1.8 times them, so that some schools and
indicators fail. The 2012 columns are written too. Python 3 standard library only.
"""
import random
import sys

out = sys.argv[1]
schools = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2017)

# per 100 pupils: qualified, backbone, pe_art, multimedia, teachers, senior_title, computers;
# per pupil: teaching m², sports m², equipment yuan, books (primary minimums; 2012 columns: typical figures)
PER_100 = [("qualified_teachers", 4.2), ("backbone_teachers", 1.0), ("pe_art_teachers", 0.9),
           ("multimedia_rooms", 2.3), ("teachers", 6.0), ("senior_title_teachers", 3.5), ("computers", 12.0)]
PER_PUPIL = [("teaching_area_m2", 4.5), ("sports_area_m2", 7.5), ("equipment_yuan", 2000.0), ("books", 30.0)]

with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("school_id,name,primary_pupils,junior_pupils,senior_pupils,"
            + ",".join(c for c, _ in PER_100 + PER_PUPIL) + "\n")
    for s in range(schools):
        kind = rng.random()
        primary = junior = senior = 0
        if kind < 0.7:
            primary = rng.randint(60, 2400)
        elif kind < 0.9:
            junior = rng.randint(150, 2000)
        else:
            primary, junior = rng.randint(200, 1500), rng.randint(100, 900)
            if s % 20 == 0:
                senior = rng.randint(300, 1200)
        pupils = primary + junior + senior
        level = rng.uniform(0.4, 1.8)  # a school's general level of provision
        cells = []
        for _, base in PER_100:
            cells.append(str(round(base * level * rng.uniform(0.8, 1.25) * pupils / 100)))
        for column, base in PER_PUPIL:
            value = base * level * rng.uniform(0.8, 1.25) * pupils
            cells.append(str(round(value)) if column in ("equipment_yuan", "books") else f"{value:.1f}")
        f.write(f"X{s + 1:05d},School {s + 1},{primary},{junior},{senior}," + ",".join(cells) + "\n")
