package org.xuequ.workforce.staff.web;

import org.springframework.stereotype.Component;
import org.xuequ.platform.excel.Uploads;
import org.xuequ.platform.jobs.DurableJob;
import org.xuequ.platform.jobs.Jobs;
import org.xuequ.workforce.staff.StaffImport;

/** A unit's roll import as a durable job: any node can run it from the stored upload (it is all or nothing). */
@Component
class StaffImportJob implements DurableJob<StaffImportJob.Input> {

    record Input(long unitId, String uploadId) {}

    private final StaffImport staffImport;
    private final Uploads uploads;

    StaffImportJob(StaffImport staffImport, Uploads uploads) {
        this.staffImport = staffImport;
        this.uploads = uploads;
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Object run(Input input, Jobs.Progress progress) {
        progress.phase("importing");
        return uploads.readOnce(input.uploadId(), file -> staffImport.importFile(input.unitId(), file));
    }
}
