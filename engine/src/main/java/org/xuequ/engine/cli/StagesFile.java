package org.xuequ.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xuequ.engine.allocation.AllocationProcedure;
import org.xuequ.engine.allocation.Mechanism;
import org.xuequ.engine.allocation.Stage;

/** STAGES.csv: {@code stage,mechanism,schools}, schools being ids joined by '|' or '*' for all. */
final class StagesFile {

    private StagesFile() {}

    /** DA, BOSTON or SERIAL: the region stage (NEAREST) is asked for with {@code --region-stage} only. */
    static Mechanism mechanism(String name, String where) throws InputError {
        Mechanism mechanism = null;
        try {
            mechanism = Mechanism.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (mechanism == null || mechanism == Mechanism.NEAREST) {
            throw new InputError(where + ": unknown mechanism " + name + " (expected DA, BOSTON or SERIAL)");
        }
        return mechanism;
    }

    /** The run with the region stage (NEAREST over every school) appended, from {@code --region-stage NAME}. */
    static AllocationProcedure withRegionStage(AllocationProcedure run, String name) throws InputError {
        if (name.isBlank()) {
            throw new InputError("--region-stage: the stage needs a name");
        }
        List<Stage> stages = new ArrayList<>(run.stages());
        for (Stage stage : stages) {
            if (stage.name().equals(name)) {
                throw new InputError("--region-stage: stage " + name + " is already in the run");
            }
        }
        stages.add(Stage.of(name, Mechanism.NEAREST));
        return AllocationProcedure.of(stages);
    }

    static AllocationProcedure read(String file, ByteIds schools) throws IOException, InputError {
        List<Stage> stages = new ArrayList<>(); // a handful of rows: strings are fine here
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            csv.header("stage,mechanism,schools");
            while (csv.next()) {
                csv.requireFields(3);
                String name = csv.nonEmpty(0, "stage");
                Mechanism mechanism;
                try {
                    mechanism = mechanism(csv.text(1), "mechanism");
                } catch (InputError e) {
                    throw csv.error(e.getMessage());
                }
                for (Stage earlier : stages) {
                    if (earlier.name().equals(name)) {
                        throw csv.error("stage " + name + " is listed twice");
                    }
                }
                String list = csv.text(2);
                if (list.equals("*")) {
                    stages.add(Stage.of(name, mechanism));
                    continue;
                }
                List<String> ids = new ArrayList<>();
                for (String id : list.split("\\|", -1)) {
                    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
                    if (id.isEmpty() || schools.find(bytes, 0, bytes.length) < 0) {
                        throw csv.error(id.isEmpty() ? "empty school id in schools" : "unknown school " + id);
                    }
                    ids.add(id);
                }
                stages.add(Stage.of(name, mechanism, ids));
            }
            if (stages.isEmpty()) {
                throw InputError.at(file, csv.line() + 1, "no stages");
            }
        }
        return AllocationProcedure.of(stages);
    }
}
