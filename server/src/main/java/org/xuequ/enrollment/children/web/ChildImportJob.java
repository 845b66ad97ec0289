package org.xuequ.enrollment.children.web;

import org.springframework.stereotype.Component;
import org.xuequ.enrollment.children.ChildExcel;
import org.xuequ.platform.excel.Uploads;
import org.xuequ.platform.jobs.DurableJob;
import org.xuequ.platform.jobs.Jobs;

/** A children import as a durable job: any node can run it from the stored upload (it is all or nothing). */
@Component
class ChildImportJob implements DurableJob<ChildImportJob.Input> {

    record Input(long cycleId, String uploadId) {}

    private final ChildExcel excel;
    private final Uploads uploads;

    ChildImportJob(ChildExcel excel, Uploads uploads) {
        this.excel = excel;
        this.uploads = uploads;
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Object run(Input input, Jobs.Progress progress) {
        return uploads.readOnce(input.uploadId(), file -> excel.importFile(input.cycleId(), file, progress));
    }
}
