package org.xuequ.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.xuequ.engine.rotation.RotationProblem;
import org.xuequ.engine.rotation.RotationRules;
import org.xuequ.engine.rotation.RotationSchool;
import org.xuequ.engine.rotation.RotationTeacher;

/**
 * A deterministic synthetic region for the rotation optimiser: SCHOOLS primary schools of 300–2,500 pupils (skewed
 * towards small ones), about one teacher per 13 pupils, backbone teachers about 15 % and PE/art specialists about
 * 12 % of the staff but unevenly spread (a per-school factor of 0.3–2.2, so that the CVs start around 0.3–0.5);
 * CANDIDATES eligible teachers drawn in proportion to staff, subject from ten primary subjects (体育, 音乐, 美术 are
 * PE/art), 0–3 wishes each, every school needing 2–4 subjects (1–3 teachers each), maxOut and maxIn 2–4, at least
 * 10 % of the candidates to move (the policy's yearly share), ten locks and thirty vetoes.
 * <p>
 * {@code java -cp xuequ-bench.jar org.xuequ.bench.SyntheticRotation DIR CANDIDATES SCHOOLS SEED} writes schools.csv,
 * teachers.csv and rules.csv for {@code xuequ-engine.jar rotation}.
 */
public final class SyntheticRotation {

    static final List<String> SUBJECTS = List.of("语文", "数学", "英语", "科学", "道德与法治", "信息技术", "综合实践", "体育", "音乐", "美术");
    private static final Set<String> PE_ART = Set.of("体育", "音乐", "美术");

    private SyntheticRotation() {}

    public static RotationProblem region(int candidates, int schools, long seed) {
        Random random = new Random(seed);
        double[] pupils = new double[schools];
        int[] staff = new int[schools];
        double[] backboneShare = new double[schools];
        double[] peArtShare = new double[schools];
        double staffTotal = 0;
        for (int s = 0; s < schools; s++) {
            double u = random.nextDouble();
            pupils[s] = Math.round(300 + 2200 * u * u);
            staff[s] = (int) Math.round(pupils[s] / 13 * (0.85 + 0.3 * random.nextDouble()));
            backboneShare[s] = 0.15 * (0.3 + 1.4 * random.nextDouble());
            peArtShare[s] = 0.12 * (0.3 + 1.4 * random.nextDouble());
            staffTotal += staff[s];
        }
        List<RotationTeacher> teachers = new ArrayList<>();
        int[] backboneCandidates = new int[schools];
        int[] peArtCandidates = new int[schools];
        int[] candidatesAt = new int[schools];
        for (int t = 0; t < candidates; t++) {
            int s = pick(random, staff, staffTotal);
            while (candidatesAt[s] >= staff[s] / 2) {
                s = random.nextInt(schools);
            }
            candidatesAt[s]++;
            String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
            boolean peArt = PE_ART.contains(subject) && random.nextDouble() < 0.9;
            boolean backbone = random.nextDouble() < backboneShare[s];
            backboneCandidates[s] += backbone ? 1 : 0;
            peArtCandidates[s] += peArt ? 1 : 0;
            List<String> wishes = new ArrayList<>();
            int n = random.nextInt(4);
            while (wishes.size() < n) {
                String w = id(random.nextInt(schools));
                if (!w.equals(id(s)) && !wishes.contains(w)) {
                    wishes.add(w);
                }
            }
            teachers.add(new RotationTeacher(
                    String.format(Locale.ROOT, "T%05d", t), id(s), subject, backbone, peArt, wishes));
        }
        List<RotationSchool> list = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            int backbone = Math.max(backboneCandidates[s], (int) Math.round(staff[s] * backboneShare[s]));
            int peArt = Math.max(peArtCandidates[s], (int) Math.round(staff[s] * peArtShare[s]));
            Map<String, Integer> needs = new LinkedHashMap<>();
            int k = 2 + random.nextInt(3);
            while (needs.size() < k) {
                needs.put(SUBJECTS.get(random.nextInt(SUBJECTS.size())), 1 + random.nextInt(3));
            }
            list.add(new RotationSchool(
                    id(s), pupils[s], backbone, peArt, 2 + random.nextInt(3), 2 + random.nextInt(3), needs));
        }
        Map<String, String> locked = new HashMap<>();
        Map<String, Set<String>> vetoed = new HashMap<>();
        while (locked.size() < Math.min(10, candidates / 10)) {
            RotationTeacher t = teachers.get(random.nextInt(candidates));
            locked.put(
                    t.teacherId(),
                    t.wishes().isEmpty() ? t.schoolId() : t.wishes().get(0));
        }
        while (vetoed.size() < Math.min(30, candidates / 10)) {
            RotationTeacher t = teachers.get(random.nextInt(candidates));
            if (!locked.containsKey(t.teacherId()) && !t.wishes().isEmpty()) {
                vetoed.put(t.teacherId(), Set.of(t.wishes().get(t.wishes().size() - 1)));
            }
        }
        return new RotationProblem(list, teachers, new RotationRules(candidates / 10, candidates, locked, vetoed));
    }

    private static int pick(Random random, int[] weights, double total) {
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static String id(int s) {
        return String.format(Locale.ROOT, "S%03d", s);
    }

    /** Writes the region as the rotation command's CSVs. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        RotationProblem p = region(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
        Files.createDirectories(dir);
        StringBuilder schools = new StringBuilder("school_id,pupils,backbone,pe_art,max_out,max_in,needs\n");
        for (RotationSchool s : p.schools()) {
            StringBuilder needs = new StringBuilder();
            s.needs()
                    .forEach((subject, n) -> needs.append(needs.isEmpty() ? "" : ";")
                            .append(subject)
                            .append(':')
                            .append(n));
            schools.append(String.format(
                    Locale.ROOT,
                    "%s,%.0f,%d,%d,%d,%d,%s%n",
                    s.schoolId(),
                    s.pupils(),
                    s.backbone(),
                    s.peArt(),
                    s.maxOut(),
                    s.maxIn(),
                    needs));
        }
        StringBuilder teachers = new StringBuilder("teacher_id,school_id,subject,backbone,pe_art,wishes\n");
        for (RotationTeacher t : p.candidates()) {
            teachers.append(String.format(
                    Locale.ROOT,
                    "%s,%s,%s,%b,%b,%s%n",
                    t.teacherId(),
                    t.schoolId(),
                    t.subject(),
                    t.backbone(),
                    t.peArt(),
                    String.join(";", t.wishes())));
        }
        StringBuilder rules = new StringBuilder("rule,teacher_id,school_id,value\n");
        rules.append("min_moves,,,").append(p.rules().minMoves()).append('\n');
        rules.append("max_moves,,,").append(p.rules().maxMoves()).append('\n');
        p.rules()
                .locked()
                .forEach((t, s) ->
                        rules.append("lock,").append(t).append(',').append(s).append(",\n"));
        p.rules()
                .vetoed()
                .forEach((t, v) -> v.forEach(s ->
                        rules.append("veto,").append(t).append(',').append(s).append(",\n")));
        Files.writeString(dir.resolve("schools.csv"), schools, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("teachers.csv"), teachers, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rules.csv"), rules, StandardCharsets.UTF_8);
        System.out.printf(
                "%d schools, %d candidates written to %s%n",
                p.schools().size(), p.candidates().size(), dir);
    }
}
