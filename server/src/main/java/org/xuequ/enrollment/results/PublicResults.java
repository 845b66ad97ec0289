package org.xuequ.enrollment.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.enrollment.applications.ApplicationNumber;
import org.xuequ.enrollment.runs.DrawReplay;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.accounts.SignInThrottle;
import org.xuequ.registry.RegistryReads;

/**
 * 公示: after publication a family looks its result up with the application number and a second
 * fact it holds (the child's birth date or the access code): the numbers are published with the
 * draw's inputs, so the number alone must not reveal anyone's school. No name or ID number is shown.
 * The final school includes upheld appeals.
 */
@Service
@Transactional(readOnly = true)
public class PublicResults {

    private final JdbcClient jdbc;
    private final DrawReplay replay;
    private final PasswordEncoder passwords;
    private final String dummyHash;

    private final SignInThrottle throttle;
    private final RegistryReads registry;

    PublicResults(
            JdbcClient jdbc,
            DrawReplay replay,
            PasswordEncoder passwords,
            SignInThrottle throttle,
            RegistryReads registry) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.throttle = throttle;
        this.replay = replay;
        this.passwords = passwords;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** What the family proves it holds besides the number: the birth date or the access code. */
    public record Proof(LocalDate birthDate, String accessCode) {}

    private record Holder(LocalDate birthDate, String accessCodeHash) {}

    /**
     * The result when the second fact matches. "No such number" and "wrong fact" are one answer
     * (404 {@code problem.result-not-found}) and cost the same hash comparison.
     */
    public Line lookUp(long runId, String number, Proof proof) {
        String code =
                proof.accessCode() == null ? "" : proof.accessCode().strip().toUpperCase(Locale.ROOT);
        List<FieldProblem> missing = new ArrayList<>();
        if (number == null || number.isBlank()) {
            missing.add(new FieldProblem("number", "error.required"));
        }
        if (proof.birthDate() == null && code.isEmpty()) {
            missing.add(new FieldProblem("birthDate", "error.required"));
            missing.add(new FieldProblem("accessCode", "error.required"));
        }
        if (!missing.isEmpty()) {
            throw XuequProblem.invalid(missing);
        }
        replay.publicRun(runId).requirePublished();
        String normalised = ApplicationNumber.normalise(number);
        Optional<Holder> holder = jdbc.sql("""
                        select c.birth_date, c.access_code_hash
                        from allocation_outcome o join enrollment_application a on a.id = o.application_id
                        join school_age_child c on c.id = a.child_id
                        where o.run_id = :run and o.number = :number""")
                .param("run", runId)
                .param("number", normalised)
                .query((rs, i) -> new Holder(rs.getObject(1, LocalDate.class), rs.getString(2)))
                .optional();
        // Numbers are public with the draw's inputs and a birth date has a few hundred likely values:
        // wrong facts are counted per number across all addresses, and past the limit it is locked.
        SignInThrottle.Outcome<Boolean> outcome = throttle.attempt(
                SignInThrottle.Kind.RESULT,
                runId + ":" + normalised,
                () -> proves(holder, code, proof.birthDate()) ? Optional.of(true) : Optional.empty());
        if (outcome.locked()) {
            throw new XuequProblem(HttpStatus.TOO_MANY_REQUESTS, "problem.result-locked");
        }
        if (!outcome.signedIn()) {
            throw new XuequProblem(HttpStatus.NOT_FOUND, "problem.result-not-found");
        }
        return byNumber(runId, normalised);
    }

    private boolean proves(Optional<Holder> holder, String code, LocalDate birthDate) {
        if (!code.isEmpty()) {
            String hash = holder.map(Holder::accessCodeHash).orElse(null);
            return passwords.matches(code, hash == null ? dummyHash : hash) && hash != null;
        }
        return holder.isPresent() && birthDate.equals(holder.get().birthDate());
    }

    public record Line(String number, long lottery, Long unitId, String unitName, String stage) {}

    /** By number alone, for callers that already know who is asking (the signed-in family). */
    public Line byNumber(long runId, String number) {
        replay.publicRun(runId).requirePublished();
        Line line = jdbc.sql("""
                        select o.number, o.lottery, o.unit_id, o.stage
                        from allocation_outcome o
                        where o.run_id = :run and o.number = :number""")
                .param("run", runId)
                .param("number", number == null ? "" : number.strip())
                .query((rs, i) ->
                        new Line(rs.getString(1), rs.getLong(2), (Long) rs.getObject(3), null, rs.getString(4)))
                .optional()
                .orElseThrow(() -> XuequProblem.notFound("AllocationResult", number));
        return line.unitId() == null
                ? line
                : new Line(
                        line.number(),
                        line.lottery(),
                        line.unitId(),
                        registry.unitNames(List.of(line.unitId())).get(line.unitId()),
                        line.stage());
    }
}
