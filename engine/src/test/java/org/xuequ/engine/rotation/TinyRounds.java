package org.xuequ.engine.rotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Random small rounds (a few teachers and schools) that brute force can enumerate. */
final class TinyRounds {

    static final List<String> SUBJECTS = List.of("语文", "数学", "体育");

    private TinyRounds() {}

    static RotationProblem random(Random random, int schools, int teachers, boolean withRules) {
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            ids.add("S" + s);
        }
        List<RotationTeacher> candidates = new ArrayList<>();
        int[] backboneCandidates = new int[schools];
        int[] peArtCandidates = new int[schools];
        for (int t = 0; t < teachers; t++) {
            int home = random.nextInt(schools);
            String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
            boolean backbone = random.nextInt(3) == 0;
            boolean peArt = subject.equals("体育") || random.nextInt(6) == 0;
            backboneCandidates[home] += backbone ? 1 : 0;
            peArtCandidates[home] += peArt ? 1 : 0;
            List<String> wishes = new ArrayList<>();
            int n = random.nextInt(3);
            for (int w = 0; w < n; w++) {
                String wish = ids.get(random.nextInt(schools));
                if (!wish.equals(ids.get(home)) && !wishes.contains(wish)) {
                    wishes.add(wish);
                }
            }
            candidates.add(new RotationTeacher("T" + t, ids.get(home), subject, backbone, peArt, wishes));
        }
        List<RotationSchool> list = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            Map<String, Integer> needs = new LinkedHashMap<>();
            for (String subject : SUBJECTS) {
                if (random.nextBoolean()) {
                    needs.put(subject, random.nextInt(3));
                }
            }
            list.add(new RotationSchool(
                    ids.get(s),
                    100 + random.nextInt(900),
                    backboneCandidates[s] + random.nextInt(4),
                    peArtCandidates[s] + random.nextInt(3),
                    random.nextInt(3),
                    random.nextInt(3),
                    needs));
        }
        RotationRules rules = RotationRules.none();
        if (withRules) {
            int min = random.nextInt(3) == 0 ? random.nextInt(3) : 0;
            int max = random.nextInt(3) == 0 ? min + random.nextInt(3) : Integer.MAX_VALUE;
            Map<String, String> locked = new HashMap<>();
            Map<String, Set<String>> vetoed = new HashMap<>();
            for (RotationTeacher teacher : candidates) {
                // about one lock per round however large, so that larger rounds are not mostly infeasible
                if (random.nextInt(Math.max(8, 2 * teachers)) == 0) {
                    locked.put(teacher.teacherId(), ids.get(random.nextInt(schools)));
                } else if (random.nextInt(8) == 0) {
                    Set<String> v = new HashSet<>();
                    for (String id : ids) {
                        if (!id.equals(teacher.schoolId()) && random.nextBoolean()) {
                            v.add(id);
                        }
                    }
                    vetoed.put(teacher.teacherId(), v);
                }
            }
            rules = new RotationRules(min, max, locked, vetoed);
        }
        return new RotationProblem(list, candidates, rules);
    }
}
